using System.Diagnostics;

namespace PolicyBot.Bot.Tests.Cli;

/// <summary>The bot as a process of its own, started from another folder, as `dotnet run` starts it from the repository root.</summary>
public sealed class WorkingDirectoryTests
{
    // Relative paths were taken from beside the binaries, so `dotnet run` left its data in bot/bin/Debug/net10.0/data.
    [Fact]
    public async Task Escalations_DefaultStorage_KeepsTheDatabaseUnderDataInTheWorkingDirectory()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-cwd").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PolicyBot.Bot.dll"), "escalations", "list"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var bot = Process.Start(start)!;
        var error = bot.StandardError.ReadToEndAsync();
        await bot.StandardOutput.ReadToEndAsync();
        await bot.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(bot.ExitCode == 0, await error);
        Assert.True(File.Exists(Path.Combine(folder, "data", "policybot.db")), "No data/policybot.db in the working directory.");
    }
}

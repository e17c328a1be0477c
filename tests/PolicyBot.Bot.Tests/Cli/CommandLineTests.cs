using PolicyBot.Bot.Cli;

namespace PolicyBot.Bot.Tests.Cli;

public sealed class CommandLineTests
{
    // "--help" used to fall through to "no command" and start the server, silently.
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("help")]
    public async Task Dispatch_AskedForHelp_PrintsTheCommandsAndDoesNotStartTheServer(string option)
    {
        var output = new StringWriter();

        var exit = await CommandLine.DispatchAsync([option], output, TextWriter.Null).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        Assert.Contains("dotnet run --project bot -- ask \"question\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_UnknownCommand_SaysSoWithTheCommandsAndExitsTwo()
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLine.DispatchAsync(["serve"], TextWriter.Null, error));
        Assert.StartsWith("Unknown command 'serve'.", error.ToString(), StringComparison.Ordinal);
    }
}

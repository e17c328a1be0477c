using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PolicyBot.Bot.Hosting;

namespace PolicyBot.Benchmarks;

/// <summary>
/// One bot alone in a process of its own (<c>turncost-serve policybot|echo</c>), so that its CPU time and the bytes
/// it allocates are its own and not the load generator's or the connector stub's; it prints its address and
/// answers GET /turncost with its totals so far.
/// </summary>
internal static class TurnCostServer
{
    public const string Mode = "turncost-serve";

    public static async Task RunAsync(string bot)
    {
        await using var app = bot switch
        {
            "policybot" => BotHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", FreshDatabase.Argument("turncost")]),
            "echo" => Throughput.Unstarted(Throughput.EchoBot),
            _ => throw new ArgumentException($"Unknown bot '{bot}': policybot or echo.", nameof(bot)),
        };
        app.MapGet("/turncost", Totals);
        await app.StartAsync();
        Console.WriteLine(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        // The parent closes this process's input when it is done with it.
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
    }

    // Allocated bytes (every thread, exact), then user and system CPU milliseconds of the whole process.
    private static string Totals()
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{GC.GetTotalAllocatedBytes(precise: true)} {process.UserProcessorTime.TotalMilliseconds} {process.PrivilegedProcessorTime.TotalMilliseconds} {GC.CollectionCount(0)}");
    }
}

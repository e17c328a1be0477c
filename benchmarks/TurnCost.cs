using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Benchmarks;

/// <summary>
/// What one answered turn costs the bot that answers it, in CPU milliseconds and allocated bytes rather than
/// turns a second: on a machine other work shares, wall-clock rates move with that work, and these do not.
/// Each bot runs alone in a child process (<see cref="TurnCostServer"/>) under the throughput load's 16
/// connections; the replies go to a connector stub in this process.
/// </summary>
internal static class TurnCost
{
    private static readonly string[] Popular = ["can I retweet corrections tweets?", "who owns this policy", "an inmate sent me a friend request", "can i criticise the govt on facebook"];

    /// <param name="requests">Requests measured per bot.</param>
    /// <param name="only">One bot ("echo" or "policybot") instead of both, and no in-process answers; "answer" for
    /// the in-process answers alone.</param>
    public static async Task RunAsync(int requests, string? only = null)
    {
        if (only is null or "answer")
        {
            InProcessAnswers();
            if (only is not null)
            {
                return;
            }
        }

        var replies = new ReplyCounter();
        await using var connector = await Throughput.Host(app => Throughput.ConnectorStub(app, "/stub", replies));
        var serviceUrl = Throughput.Address(connector) + "/stub/";
        foreach (var bot in only is null ? ["echo", "policybot"] : new[] { only })
        {
            using var server = await Child.StartAsync(bot);
            using var load = new MessageLoad(server.Address, serviceUrl);

            // Warm up as long as is measured: tiered compilation and its profile-guided recompiles go on for
            // thousands of turns on a busy machine (a quarter as many left the measure 1.8 times too high).
            await load.RunAsync(TimeSpan.FromSeconds(4), measure: false);
            await load.SendAsync(requests);
            var before = await server.TotalsAsync();
            var clock = Stopwatch.StartNew();
            var harness = Process.GetCurrentProcess().TotalProcessorTime;
            var sent = await load.SendAsync(requests);
            harness = Process.GetCurrentProcess().TotalProcessorTime - harness;
            var seconds = clock.Elapsed.TotalSeconds;
            var after = await server.TotalsAsync();
            var user = (after.UserMs - before.UserMs) / sent;
            var system = (after.SystemMs - before.SystemMs) / sent;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bot,-10} {sent} requests: {user + system,6:F3} ms CPU per request ({user:F3} user, {system:F3} system), {(after.Allocated - before.Allocated) / (double)sent / 1024,7:F1} KB allocated per request, {after.Collections - before.Collections} gen-0 collections; {sent / seconds:F0}/s, the bot busy {(after.UserMs + after.SystemMs - before.UserMs - before.SystemMs) / 10 / seconds:F0}% of a core"));

            // What the single-process throughput run adds to every request on the same cores: the load's client
            // and the connector stub, here in this process.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,-10} the load and the stub (this process): {harness.TotalMilliseconds / sent:F3} ms CPU per request"));
        }
    }

    // The answer alone (no turn), on the thread that asks, for the questions the load asks.
    private static void InProcessAnswers()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T09:00:00Z", CultureInfo.InvariantCulture));
        using var knowledge = PolicyKnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"), new KnowledgeOptions(), time);
        for (var i = 0; i < 2_000; i++)
        {
            knowledge.Ask(Popular[i % Popular.Length]);
        }

        const int Answers = 4_000;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Answers; i++)
        {
            knowledge.Ask(Popular[i % Popular.Length]);
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)Answers;
        var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Answers;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-process answer (PolicyKnowledgeBase.Ask, the shipped policy, the load's four questions): {ms:F3} ms CPU, {bytes / 1024:F1} KB allocated per answer"));
    }

    private sealed record Totals(long Allocated, double UserMs, double SystemMs, int Collections);

    private sealed class Child : IDisposable
    {
        private static readonly HttpClient Client = new();
        private readonly Process _process;

        private Child(Process process, string address)
        {
            _process = process;
            Address = address;
        }

        public string Address { get; }

        public static async Task<Child> StartAsync(string bot)
        {
            // This same benchmark binary, in its serving mode; run through dotnet when that is how it was started.
            var self = Environment.ProcessPath!;
            var start = Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? new ProcessStartInfo(self, [typeof(TurnCost).Assembly.Location, TurnCostServer.Mode, bot])
                : new ProcessStartInfo(self, [TurnCostServer.Mode, bot]);
            start.RedirectStandardInput = true;
            start.RedirectStandardOutput = true;
            start.UseShellExecute = false;
            var process = Process.Start(start)!;
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("http://", StringComparison.Ordinal))
                {
                    return new Child(process, line);
                }
            }

            throw new InvalidOperationException($"The {bot} server exited before it listened ({process.ExitCode}).");
        }

        public async Task<Totals> TotalsAsync()
        {
            var parts = (await Client.GetStringAsync(new Uri(Address + "/turncost"))).Split(' ');
            return new Totals(long.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
        }

        public void Dispose()
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill();
            }

            _process.Dispose();
        }
    }
}

using System.Globalization;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// A deploy under load: SIGTERM while deliveries are under way and more are waiting (Teams answering in 2 s), then a
/// restart; no card twice, and what was waiting at the stop is delivered within 5 s of the restart. On PostgreSQL,
/// where a start does not release old leases (another instance may hold them): only the stop's own release lets the
/// next start deliver at once rather than after the lease.
/// </summary>
internal static class StopScenario
{
    public static async Task RunAsync(int stops)
    {
        Console.WriteLine($"SIGTERM under load: {stops} stops and restarts, four staff escalating, Teams answering in 2 s, one bot on PostgreSQL");
        await using var run = await FaultRun.StartAsync("sigterm", postgres: true);
        var bot = await run.StartBotAsync();
        await Staff.RegisterQueueAsync(bot.Address, run.Teams.ServiceUrl);
        run.Teams.PostDelay = TimeSpan.FromSeconds(2);

        using var stop = new CancellationTokenSource();
        var staff = Enumerable.Range(1, 4).Select(n => run.Staff(n, () => bot.Address, TimeSpan.FromMilliseconds(500)).RunAsync(stop.Token)).ToList();
        var exits = new List<double>();
        var resumes = new List<double>();
        var afterReady = new List<double>();
        for (var i = 0; i < stops; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(4));
            exits.Add((await bot.TerminateAsync()).TotalSeconds);
            var waiting = run.Tally.Missing(run.Teams, run.Mail).Where(reference => run.Tally.References[reference].Route == "communications-team").ToList();
            await bot.StartAsync();
            var resumed = await FirstCardAsync(run.Teams, waiting, TimeSpan.FromSeconds(30));
            if (resumed is { } at)
            {
                resumes.Add((at - bot.StartedAt).TotalSeconds);
                afterReady.Add((at - bot.ReadyAt).TotalSeconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stop {i + 1}: exited {exits[^1]:F1} s after SIGTERM; {waiting.Count} cards waiting; first of them posted {(resumed is null ? "-" : $"{resumes[^1]:F1} s after the process started, {afterReady[^1]:F1} s after /healthz")} (ready {(bot.ReadyAt - bot.StartedAt).TotalSeconds:F1} s after start)"));
        }

        await stop.CancelAsync();
        await Task.WhenAll(staff);
        var missing = await run.Tally.DrainAsync(run.Teams, run.Mail, TimeSpan.FromSeconds(120));
        Console.WriteLine("  " + run.Tally.Describe(run.Teams, run.Mail, missing));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first waiting card after /healthz: max {afterReady.DefaultIfEmpty(double.NaN).Max():F1} s; after the process started: max {resumes.DefaultIfEmpty(double.NaN).Max():F1} s; exit after SIGTERM: max {exits.DefaultIfEmpty().Max():F1} s"));
    }

    private static async Task<DateTime?> FirstCardAsync(TeamsStandIn teams, List<string> waiting, TimeSpan within)
    {
        if (waiting.Count == 0)
        {
            return null;
        }

        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            var posted = waiting.Where(teams.Cards.ContainsKey).Select(reference => teams.Cards[reference].Min()).ToList();
            if (posted.Count > 0)
            {
                return posted.Min();
            }

            await Task.Delay(50);
        }

        return null;
    }
}

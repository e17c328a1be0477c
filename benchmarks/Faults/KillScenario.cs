using System.Globalization;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// Four staff escalate nonstop while the bot is killed with SIGKILL at random intervals and restarted: every
/// confirmed question must arrive once, as a ticket card or an email.
/// </summary>
internal static class KillScenario
{
    public static async Task RunAsync(bool postgres, int kills, int seed)
    {
        Console.WriteLine($"kill -9: {kills} kills at random intervals of 1.5-4 s, four staff escalating nonstop, one bot on {(postgres ? "PostgreSQL" : "SQLite")}, Teams answering in 50 ms (seed {seed})");
        await using var run = await FaultRun.StartAsync("kill", postgres);
        var bot = await run.StartBotAsync();
        await Staff.RegisterQueueAsync(bot.Address, run.Teams.ServiceUrl);
        run.Teams.PostDelay = TimeSpan.FromMilliseconds(50);

        using var stop = new CancellationTokenSource();
        var staff = Enumerable.Range(1, 4).Select(n => run.Staff(n, () => bot.Address, TimeSpan.FromMilliseconds(100)).RunAsync(stop.Token)).ToList();
        var random = new Random(seed);
        var restarts = new List<double>();
        var killedAt = new List<DateTime>();
        var signalled = new List<DateTime>();
        for (var kill = 0; kill < kills; kill++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1500 + random.Next(2500)));
            // A post can still leave between the signal and the death: both times are kept.
            signalled.Add(DateTime.UtcNow);
            killedAt.Add(bot.Kill());
            await bot.StartAsync();
            restarts.Add((bot.ReadyAt - bot.StartedAt).TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  kill {kill + 1}: {run.Tally.ConfirmedCount} confirmed so far; ready again after {restarts[^1]:F1} s"));
        }

        await stop.CancelAsync();
        await Task.WhenAll(staff);
        var missing = await run.Tally.DrainAsync(run.Teams, run.Mail, TimeSpan.FromSeconds(90));
        Console.WriteLine("  " + run.Tally.Describe(run.Teams, run.Mail, missing));
        Console.WriteLine("  " + Window("cards", run.Teams.Cards.Where(pair => pair.Value.Count > 1).Select(pair => pair.Value.Min()), signalled, killedAt));
        Console.WriteLine("  " + Window("emails", run.Mail.FirstAt.Where(pair => run.Mail.Received[pair.Key] > 1).Select(pair => pair.Value), signalled, killedAt));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  restart to /healthz: median {Median(restarts):F1} s, max {restarts.DefaultIfEmpty().Max():F1} s; missing: {string.Join(", ", missing.Take(10))}"));
    }

    // The crash window, measured: for each thing that arrived twice, how long before the kill its first copy arrived
    // (the far side had it; the process died before recording that), or that it arrived between the signal and the
    // process being seen dead.
    private static string Window(string what, IEnumerable<DateTime> firstCopies, List<DateTime> signalled, List<DateTime> dead)
    {
        var gaps = new List<double>();
        var dying = 0;
        foreach (var first in firstCopies)
        {
            var kill = dead.FindIndex(at => at >= first);
            if (kill >= 0 && signalled[kill] < first)
            {
                dying++;
            }
            else if (kill >= 0)
            {
                gaps.Add((signalled[kill] - first).TotalMilliseconds);
            }
        }

        var death = signalled.Zip(dead, (signal, seen) => (seen - signal).TotalMilliseconds).ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{what} twice: {gaps.Count + dying} ({(gaps.Count + dying) / (double)dead.Count:F2} per kill); first copy arrived before the kill signal by median {Median(gaps):F0} ms, max {gaps.DefaultIfEmpty().Max():F0} ms; {dying} between the signal and the process seen dead (median {Median(death):F0} ms, max {death.DefaultIfEmpty().Max():F0} ms)");
    }

    internal static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

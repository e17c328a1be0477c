using System.Globalization;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// Two instances on one PostgreSQL, Teams taking 7 s a post and the lease shorter than a post (5 s), a burst of
/// 40 escalations spread over both: each card must be posted once, which only lease renewal allows.
/// </summary>
internal static class SlowTeamsScenario
{
    public static async Task RunAsync(int burst)
    {
        Console.WriteLine($"two instances on one PostgreSQL, Teams answering in 7 s, Outbox:Lease 5 s, a burst of {burst}");
        await using var run = await FaultRun.StartAsync("slow", postgres: true);
        var first = await run.StartBotAsync(("Outbox__Lease", "00:00:05"));
        var second = await run.StartBotAsync(("Outbox__Lease", "00:00:05"));
        await Staff.RegisterQueueAsync(first.Address, run.Teams.ServiceUrl);
        run.Teams.PostDelay = TimeSpan.FromSeconds(7);

        var turn = 0;
        Uri RoundRobin() => Interlocked.Increment(ref turn) % 2 == 0 ? first.Address : second.Address;
        var started = DateTime.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, burst).Select(i => run.Staff(i % 4, RoundRobin).AskUntilConfirmedAsync($"Burst question {i}: can I share the news story?", "communications-team", CancellationToken.None)));
        var missing = await run.Tally.DrainAsync(run.Teams, run.Mail, TimeSpan.FromMinutes(3));
        var last = run.Teams.Cards.Values.SelectMany(times => times).DefaultIfEmpty(started).Max();
        Console.WriteLine("  " + run.Tally.Describe(run.Teams, run.Mail, missing));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all {burst} cards posted {(last - started).TotalSeconds:F0} s after the burst (2 instances x 4 at once x 7 s a post)"));
    }
}

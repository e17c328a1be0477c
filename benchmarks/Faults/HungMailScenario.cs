using System.Globalization;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>The mail server takes connections and never answers; Teams cards must still arrive within 10 s.</summary>
internal static class HungMailScenario
{
    public static async Task RunAsync()
    {
        Console.WriteLine("SMTP hung: 8 emails stuck on a server that never answers (Mail:Timeout 30 s), then 10 ticket cards");
        await using var run = await FaultRun.StartAsync("smtp", postgres: false, mailHung: true);
        var bot = await run.StartBotAsync();
        await Staff.RegisterQueueAsync(bot.Address, run.Teams.ServiceUrl);
        var staff = run.Staff(1, () => bot.Address);
        for (var i = 0; i < 8; i++)
        {
            await staff.AskUntilConfirmedAsync($"Mail question {i}: can I post about my shift?", "integrity-support-team", CancellationToken.None);
        }

        var cards = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            cards.Add((await staff.AskUntilConfirmedAsync($"Card question {i}: can I share the news story?", "communications-team", CancellationToken.None))!);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (cards.Any(reference => !run.Teams.Cards.ContainsKey(reference)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var latencies = cards.Select(reference => run.Teams.Cards.TryGetValue(reference, out var times) ? (times.Min() - run.Tally.References[reference].At).TotalSeconds : double.PositiveInfinity).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {latencies.Count(l => !double.IsInfinity(l))} of 10 cards posted; confirmation to card: median {KillScenario.Median(latencies):F2} s, max {latencies.Max():F2} s; emails delivered {run.Mail.Received.Count} (the server never answers)"));
    }
}

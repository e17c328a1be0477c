using Microsoft.Extensions.Configuration;
using PolicyBot.Bot.Cli;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Cli;

public sealed class EscalationsCommandTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_ListByStatusAndShowByReference_PrintTheQueueAndHistory()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("policybot-cli").FullName, "bot.db");
        var database = new SqliteDatabase(path);
        await TestDatabase.MigrateAsync(database);
        {
            var store = new SqlEscalationStore(database);
            var draft = new Escalation(0, "c|1", "communications-team", "channel:communications", "Can I talk to a reporter?", "", "29:1", "Sam Staff", true, EscalationStatus.Unassigned, null, null, At, At, 0, null, null);
            var (first, _) = await store.CreateAsync(draft, "Sam Staff", _ => [], CancellationToken.None);
            await store.UpdateAsync(first with { Status = EscalationStatus.Assigned, Assignee = "Ana" }, new EscalationEvent(first.Id, At.AddMinutes(5), "Ana", "claim", "Ana"), [], CancellationToken.None);
            await store.CreateAsync(draft with { SourceKey = "c|2", Question = "Another one" }, "Sam Staff", _ => [], CancellationToken.None);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path }).Build();
        var list = new StringWriter();
        var show = new StringWriter();

        Assert.Equal(0, await EscalationsCommand.RunAsync(["list", "--status", "assigned"], configuration, list, TextWriter.Null));
        Assert.Equal(0, await EscalationsCommand.RunAsync(["show", "PB-1001"], configuration, show, TextWriter.Null));

        var line = Assert.Single(list.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("PB-1001  Assigned", line, StringComparison.Ordinal);
        Assert.Contains("Assigned to: Ana", show.ToString(), StringComparison.Ordinal);
        Assert.Contains("claim    by Ana", show.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Staff", show.ToString().Split("History:")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownStatus_ExitsWithUsageError()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(Directory.CreateTempSubdirectory("policybot-cli").FullName, "bot.db") }).Build();
        var error = new StringWriter();

        Assert.Equal(2, await EscalationsCommand.RunAsync(["list", "--status", "lost"], configuration, TextWriter.Null, error));
        Assert.Contains("Unknown status 'lost'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RetryAnEscalationWhoseTicketCardWasGivenUp_SendsItAgainAndShowSaysSo()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("policybot-cli").FullName, "bot.db");
        var database = new SqliteDatabase(path);
        await TestDatabase.MigrateAsync(database);
        var store = new SqlEscalationStore(database);
        var draft = new Escalation(0, "c|1", "communications-team", "channel:communications", "Can I talk to a reporter?", "", "29:1", "Sam Staff", false, EscalationStatus.Unassigned, null, null, At, At, 0, null, null);
        var (escalation, _) = await store.CreateAsync(draft, "Sam Staff", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var message = Assert.Single(await new OutboxStore(database).ListAsync(CancellationToken.None));
        await new EscalationDeliveries(database).GiveUpAsync(message.Id, new EscalationEvent(escalation.Id, At, "PolicyBot", "undelivered", "ticket card: 403"), [], "Teams answered 403.", CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path }).Build();
        var before = new StringWriter();
        var list = new StringWriter();
        var retry = new StringWriter();
        var again = new StringWriter();

        Assert.Equal(0, await EscalationsCommand.RunAsync(["show", "PB-1001"], configuration, before, TextWriter.Null));
        Assert.Equal(0, await EscalationsCommand.RunAsync(["list"], configuration, list, TextWriter.Null));
        Assert.Equal(0, await EscalationsCommand.RunAsync(["retry", "PB-1001"], configuration, retry, TextWriter.Null));
        Assert.Equal(1, await EscalationsCommand.RunAsync(["retry", "PB-1001"], configuration, TextWriter.Null, again));

        Assert.Contains("ticket card    FAILED 2026-11-25 09:00:00Z after 0 attempt(s): Teams answered 403.", before.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("[undelivered]", list.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("PB-1001: 1 failed delivery goes out again", retry.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("PB-1001 has no failed deliveries.", again.ToString(), StringComparison.Ordinal);
        var waiting = Assert.Single(await new OutboxStore(database).ListAsync(CancellationToken.None));
        Assert.Null(waiting.FailedAt);
        Assert.Equal("retry", (await store.HistoryAsync(escalation.Id, CancellationToken.None))[^1].Kind);
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Tests.Infrastructure.Outbox;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Escalations;

/// <summary>A delivery given up is never silent: the escalation, the requester and the report say so, and it can be sent again.</summary>
public sealed class UndeliveredEscalationsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task GiveUpAsync_TicketCardRefused_HistorySaysSoTheRequesterIsToldAndRetrySendsItAgain(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database);
        var deliveries = new EscalationDeliveries(database);
        var (escalation, _) = await store.CreateAsync(SqlEscalationStoreTests.Draft("conv|undelivered"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var teams = new OutboxTestHandler(TeamsPayload.TicketKind, TeamsPayload.SendKind) { Failures = { new OutboxDeliveryException("Teams answered 403.", retryable: false, retryAfter: null) } };
        var worker = Worker(database, teams, store, deliveries);

        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));

        var given = Assert.Single(await deliveries.FailedAsync(CancellationToken.None));
        Assert.Equal((escalation.Id, TeamsPayload.TicketKind), (given.EscalationId!.Value, given.Kind));
        var line = (await store.HistoryAsync(escalation.Id, CancellationToken.None))[^1];
        Assert.Equal(("undelivered", "PolicyBot"), (line.Kind, line.Actor));
        Assert.StartsWith("ticket card: OutboxDeliveryException: Teams answered 403.", line.Detail, StringComparison.Ordinal);

        // The requester's notice is the next message out, and it is theirs.
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        var notice = TeamsPayload.FromJson(Assert.Single(teams.Delivered).Payload);
        Assert.Equal("user:29:1staff", notice.ReferenceKey);
        Assert.Contains("I haven't been able to deliver your question PB-1001 yet", notice.Text, StringComparison.Ordinal);
        Assert.Contains("If it's urgent, email socialmedia@corrections.govt.nz and quote PB-1001.", notice.Text, StringComparison.Ordinal);

        Assert.Equal(1, await deliveries.RetryAsync(escalation.Id, "an operator", _time.GetUtcNow(), CancellationToken.None));
        Assert.Empty(await deliveries.FailedAsync(CancellationToken.None));
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(TeamsPayload.TicketKind, teams.Delivered[^1].Kind);
        Assert.Equal(["created", "undelivered", "retry"], (await store.HistoryAsync(escalation.Id, CancellationToken.None)).Select(e => e.Kind));
        Assert.Equal(0, await deliveries.RetryAsync(escalation.Id, "an operator", _time.GetUtcNow(), CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task GiveUpAsync_TheNoticeToTheRequesterFails_RecordsItWithoutAnotherNotice(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database);
        var deliveries = new EscalationDeliveries(database);
        var (escalation, _) = await store.CreateAsync(SqlEscalationStoreTests.Draft("conv|requester-gone"), "Sam", e => [TeamsPayload.Send(EscalationQueues.UserKey(e.RequesterId), "Ana is looking at your question", null)], CancellationToken.None);
        var teams = new OutboxTestHandler(TeamsPayload.SendKind) { Failures = { new OutboxDeliveryException("Teams answered 403.", retryable: false, retryAfter: null) } };

        await Worker(database, teams, store, deliveries).RunOnceAsync(CancellationToken.None);

        Assert.Single(await new OutboxStore(database).ListAsync(CancellationToken.None));
        Assert.Equal("undelivered", (await store.HistoryAsync(escalation.Id, CancellationToken.None))[^1].Kind);
        await TestDatabase.DisposeAsync(database);
    }

    private OutboxWorker Worker(IDatabase database, IOutboxHandler handler, IEscalationStore store, EscalationDeliveries deliveries) =>
        new(new OutboxStore(database), [handler], Options.Create(new OutboxSettings()), _time, NullLogger<OutboxWorker>.Instance, [new UndeliveredEscalations(store, deliveries, SharedKnowledge.Provider, new QueueDirectory(Options.Create(new KnowledgeSettings()), Options.Create(new EscalationSettings())))]);
}

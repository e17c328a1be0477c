using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Escalations;

/// <summary>The escalation store's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class SqlEscalationStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    internal static Escalation Draft(string key) => new(0, key, "communications-team", "channel:communications", "Can I talk to a reporter?", "context", "29:1staff", "Sam Staff", false, EscalationStatus.Unassigned, null, null, Now, Now, 0, null, null);

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CreateAsync_SameSourceKeyTwice_StoresOneEscalationAndOneOutboxMessage(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database);

        var first = await store.CreateAsync(Draft("conv|1"), "Sam Staff", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var again = await store.CreateAsync(Draft("conv|1"), "Sam Staff", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Escalation.Id, again.Escalation.Id);
        Assert.Single(await store.ListAsync(null, CancellationToken.None));
        Assert.Single(await new OutboxStore(database).ListAsync(CancellationToken.None));
        Assert.Equal("created", Assert.Single(await store.HistoryAsync(first.Escalation.Id, CancellationToken.None)).Kind);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CreateAsync_ThenGet_ReturnsWhatWasStored(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database);
        var draft = Draft("conv|stored") with { Confidential = true, Route = "integrity-support-team", Destination = "mail:integrity@example.org" };

        var (created, _) = await store.CreateAsync(draft, "the requester (confidential)", _ => [], CancellationToken.None);
        await store.SetTicketActivityAsync(created.Id, "1:ticket", CancellationToken.None);

        Assert.Equal(created with { TicketActivityId = "1:ticket" }, await store.GetAsync(created.Id, CancellationToken.None));
        Assert.Null(await store.GetAsync(created.Id + 1, CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task UpdateAsync_StaleVersion_ChangesNothing(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database);
        var (e, _) = await store.CreateAsync(Draft("conv|2"), "Sam", _ => [], CancellationToken.None);
        var claimed = e with { Status = EscalationStatus.Assigned, Assignee = "Ana" };

        Assert.True(await store.UpdateAsync(claimed, new EscalationEvent(e.Id, Now, "Ana", "claim", "Ana"), [TeamsPayload.Ticket(e.Id)], CancellationToken.None));
        Assert.False(await store.UpdateAsync(e with { Status = EscalationStatus.Assigned, Assignee = "Bo" }, new EscalationEvent(e.Id, Now, "Bo", "claim", "Bo"), [TeamsPayload.Ticket(e.Id)], CancellationToken.None));

        var stored = await store.GetAsync(e.Id, CancellationToken.None);
        Assert.Equal("Ana", stored!.Assignee);
        Assert.Equal(2, stored.Version);
        Assert.Equal(["created", "claim"], (await store.HistoryAsync(e.Id, CancellationToken.None)).Select(h => h.Kind));
        Assert.Equal(EscalationStatus.Assigned, Assert.Single(await store.ListAsync(EscalationStatus.Assigned, CancellationToken.None)).Status);
        Assert.Empty(await store.ListAsync(EscalationStatus.Unassigned, CancellationToken.None));
        Assert.Single(await new OutboxStore(database).ListAsync(CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }
}

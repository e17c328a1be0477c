using Microsoft.Extensions.Options;
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

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CreateAsync_SameQuestionFromTheSamePersonPressedTwice_IsOneEscalationUntilTheWindowPasses(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database, Options.Create(new EscalationSettings { DuplicateWindow = TimeSpan.FromMinutes(10) }));

        var first = await store.CreateAsync(Draft("conv|press-1"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var again = await store.CreateAsync(Draft("conv|press-2") with { Question = "  can I talk to a   REPORTER? ", CreatedAt = Now.AddMinutes(9) }, "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var otherTeam = await store.CreateAsync(Draft("conv|press-3") with { Route = "integrity-support-team" }, "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var otherPerson = await store.CreateAsync(Draft("conv|press-4") with { RequesterId = "29:2other" }, "Mere", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var later = await store.CreateAsync(Draft("conv|press-5") with { CreatedAt = Now.AddMinutes(10) }, "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);

        Assert.False(again.Created);
        Assert.Equal(first.Escalation, again.Escalation);
        Assert.True(otherTeam.Created);
        Assert.True(otherPerson.Created);
        Assert.True(later.Created);
        Assert.Equal(4, (await store.ListAsync(null, CancellationToken.None)).Count);
        Assert.Equal(4, (await new OutboxStore(database).ListAsync(CancellationToken.None)).Count);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CreateAsync_PressedTwiceOnTwoInstancesAtOnce_IsOneEscalation(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var instances = Enumerable.Range(0, 6).Select(_ => new SqlEscalationStore(database, Options.Create(new EscalationSettings()))).ToList();

        var results = await Task.WhenAll(instances.Select((store, i) => store.CreateAsync(Draft($"conv|at-once-{i}"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None)));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Escalation.Id).Distinct());
        Assert.Single(await instances[0].ListAsync(null, CancellationToken.None));
        Assert.Single(await new OutboxStore(database).ListAsync(CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }
}

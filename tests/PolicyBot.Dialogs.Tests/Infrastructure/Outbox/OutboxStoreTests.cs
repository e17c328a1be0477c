using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Tests.Escalations;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

/// <summary>The outbox's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class OutboxStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ClaimDueAsync_LeasedOrDelayedMessage_IsNotClaimedAgainUntilDue(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var outbox = new OutboxStore(database);
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|3"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);

        var claimed = Assert.Single(await outbox.ClaimDueAsync(Now, TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal(1, claimed.Attempts);
        Assert.Empty(await outbox.ClaimDueAsync(Now.AddSeconds(30), TimeSpan.FromMinutes(1), 10, CancellationToken.None));

        await outbox.RetryLaterAsync(claimed.Id, Now.AddSeconds(90), "429", CancellationToken.None);
        Assert.Empty(await outbox.ClaimDueAsync(Now.AddSeconds(89), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        var retried = Assert.Single(await outbox.ClaimDueAsync(Now.AddSeconds(90), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal(2, retried.Attempts);

        await outbox.CompleteAsync(retried.Id, Now.AddSeconds(91), CancellationToken.None);
        Assert.Empty(await outbox.ClaimDueAsync(Now.AddHours(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        var state = Assert.Single(await outbox.ListAsync(CancellationToken.None));
        Assert.Equal(Now.AddSeconds(91), state.DeliveredAt);
        Assert.Equal("429", state.LastError);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task FailAsync_GivenUp_IsNeverClaimedAgainAndKeepsTheReason(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var outbox = new OutboxStore(database);
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|fail"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(Now, TimeSpan.FromMinutes(1), 10, CancellationToken.None));

        await outbox.FailAsync(claimed.Id, Now, new string('x', 600), CancellationToken.None);

        Assert.Empty(await outbox.ClaimDueAsync(Now.AddDays(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        var state = Assert.Single(await outbox.ListAsync(CancellationToken.None));
        Assert.Equal(Now, state.FailedAt);
        Assert.Equal(500, state.LastError!.Length);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ClaimDueAsync_TwoInstancesAtOnce_NeverClaimTheSameMessage(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database);
        for (var i = 0; i < 20; i++)
        {
            await store.CreateAsync(SqlEscalationStoreTests.Draft($"conv|many-{i}"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        }

        var instances = new[] { new OutboxStore(database), new OutboxStore(database) };
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => instances[i % 2].ClaimDueAsync(Now, TimeSpan.FromMinutes(1), 3, CancellationToken.None)));

        var ids = claims.SelectMany(c => c).Select(m => m.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(20, ids.Count);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ClaimDueAsync_FreshTableWith500DueAndNoStatistics_ClaimsOnlyTheBatch(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        if (!database.Dialect.IsSqlite)
        {
            // No statistics at all: the planner guesses, as it does on a table just created and filled.
            await Sql.ExecuteAsync(database, "ALTER TABLE outbox SET (autovacuum_enabled = false)", CancellationToken.None);
        }

        var rows = string.Join(", ", Enumerable.Range(0, 500).Select(i => $"('ticket.sync', '{{}}', 0, 0, 0)"));
        await Sql.ExecuteAsync(database, $"INSERT INTO outbox (kind, payload, created_at, due_at, attempts) VALUES {rows}", CancellationToken.None);

        var claimed = await new OutboxStore(database).ClaimDueAsync(Now, TimeSpan.FromMinutes(1), 20, CancellationToken.None);

        Assert.Equal(20, claimed.Count);
        Assert.Equal(480, (await new OutboxStore(database).ListAsync(CancellationToken.None)).Count(m => m.Attempts == 0));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ClaimDueAsync_PostAndUpdateOfOneTicket_TheUpdateWaitsUntilThePostIsDone(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new SqlEscalationStore(database);
        var (e, _) = await store.CreateAsync(SqlEscalationStoreTests.Draft("conv|order"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        await store.UpdateAsync(e with { Status = EscalationStatus.Assigned, Assignee = "Ana" }, new EscalationEvent(e.Id, Now, "Ana", "claim", "Ana"), [TeamsPayload.Ticket(e.Id), TeamsPayload.Send("user:29:1staff", "Ana is looking", null)], CancellationToken.None);
        var first = new OutboxStore(database);
        var second = new OutboxStore(database);

        var post = await first.ClaimDueAsync(new OutboxClaim(Now, TimeSpan.FromMinutes(1), 10, "first", [TeamsPayload.TicketKind]), CancellationToken.None);
        var meanwhile = await second.ClaimDueAsync(new OutboxClaim(Now, TimeSpan.FromMinutes(1), 10, "second", [TeamsPayload.TicketKind]), CancellationToken.None);
        Assert.Equal(e.Id, Assert.Single(post).EscalationId);
        Assert.Empty(meanwhile);

        await first.CompleteAsync(post[0].Id, Now, CancellationToken.None);
        var update = Assert.Single(await second.ClaimDueAsync(new OutboxClaim(Now, TimeSpan.FromMinutes(1), 10, "second", [TeamsPayload.TicketKind]), CancellationToken.None));
        Assert.True(update.Id > post[0].Id);
        Assert.Equal(TeamsPayload.SendKind, Assert.Single(await second.ClaimDueAsync(new OutboxClaim(Now, TimeSpan.FromMinutes(1), 10, "second", null), CancellationToken.None)).Kind);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RenewAsync_LeaseTakenOverAfterItRanOut_TheOldHolderCannotRenewIt(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|renew"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var outbox = new OutboxStore(database);
        var held = Assert.Single(await outbox.ClaimDueAsync(new OutboxClaim(Now, TimeSpan.FromSeconds(30), 10, "a", null), CancellationToken.None));
        Assert.True(await outbox.RenewAsync(held.Id, "a", Now.AddSeconds(40), CancellationToken.None));

        var taken = Assert.Single(await outbox.ClaimDueAsync(new OutboxClaim(Now.AddSeconds(40), TimeSpan.FromSeconds(30), 10, "b", null), CancellationToken.None));

        Assert.True(taken.Interrupted);
        Assert.False(held.Interrupted);
        Assert.False(await outbox.RenewAsync(held.Id, "a", Now.AddSeconds(80), CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }
}

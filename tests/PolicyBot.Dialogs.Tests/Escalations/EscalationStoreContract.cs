using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Tests.Escalations;

/// <summary>The one store test suite, run against SQLite and against a real PostgreSQL.</summary>
public abstract class EscalationStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IEscalationDatabase> CreateDatabaseAsync();

    protected IEscalationDatabase Database { get; private set; } = null!;

    protected SqlEscalationStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        Store = new SqlEscalationStore(Database);
    }

    public async Task DisposeAsync()
    {
        Store.Dispose();
        if (Database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    internal static Escalation Draft(string key) => new(0, key, "communications-team", "channel:communications", "Can I talk to a reporter?", "context", "29:1staff", "Sam Staff", false, EscalationStatus.Unassigned, null, null, Now, Now, 0, null, null);

    [Fact]
    public async Task CreateAsync_SameSourceKeyTwice_StoresOneEscalationAndOneOutboxMessage()
    {
        var first = await Store.CreateAsync(Draft("conv|1"), "Sam Staff", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var again = await Store.CreateAsync(Draft("conv|1"), "Sam Staff", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Escalation.Id, again.Escalation.Id);
        Assert.Single(await Store.ListAsync(null, CancellationToken.None));
        Assert.Single(await Store.OutboxAsync(CancellationToken.None));
        Assert.Equal("created", Assert.Single(await Store.HistoryAsync(first.Escalation.Id, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ChangesNothing()
    {
        var (e, _) = await Store.CreateAsync(Draft("conv|2"), "Sam", _ => [], CancellationToken.None);
        var claimed = e with { Status = EscalationStatus.Assigned, Assignee = "Ana" };

        Assert.True(await Store.UpdateAsync(claimed, new EscalationEvent(e.Id, Now, "Ana", "claim", "Ana"), [TeamsPayload.Ticket(e.Id)], CancellationToken.None));
        Assert.False(await Store.UpdateAsync(e with { Status = EscalationStatus.Assigned, Assignee = "Bo" }, new EscalationEvent(e.Id, Now, "Bo", "claim", "Bo"), [TeamsPayload.Ticket(e.Id)], CancellationToken.None));

        var stored = await Store.GetAsync(e.Id, CancellationToken.None);
        Assert.Equal("Ana", stored!.Assignee);
        Assert.Equal(2, stored.Version);
        Assert.Equal(["created", "claim"], (await Store.HistoryAsync(e.Id, CancellationToken.None)).Select(h => h.Kind));
        Assert.Equal(EscalationStatus.Assigned, Assert.Single(await Store.ListAsync(EscalationStatus.Assigned, CancellationToken.None)).Status);
        Assert.Empty(await Store.ListAsync(EscalationStatus.Unassigned, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimDueAsync_LeasedOrDelayedMessage_IsNotClaimedAgainUntilDue()
    {
        await Store.CreateAsync(Draft("conv|3"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);

        var claimed = Assert.Single(await Store.ClaimDueAsync(Now, TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal(1, claimed.Attempts);
        Assert.Empty(await Store.ClaimDueAsync(Now.AddSeconds(30), TimeSpan.FromMinutes(1), 10, CancellationToken.None));

        await Store.RetryLaterAsync(claimed.Id, Now.AddSeconds(90), "429", CancellationToken.None);
        Assert.Empty(await Store.ClaimDueAsync(Now.AddSeconds(89), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        var retried = Assert.Single(await Store.ClaimDueAsync(Now.AddSeconds(90), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal(2, retried.Attempts);

        await Store.CompleteAsync(retried.Id, Now.AddSeconds(91), CancellationToken.None);
        Assert.Empty(await Store.ClaimDueAsync(Now.AddHours(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.NotNull(Assert.Single(await Store.OutboxAsync(CancellationToken.None)).DeliveredAt);
    }

    [Fact]
    public async Task ClaimDueAsync_TwoInstancesAtOnce_NeverClaimTheSameMessage()
    {
        for (var i = 0; i < 20; i++)
        {
            await Store.CreateAsync(Draft($"conv|many-{i}"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        }

        using var other = new SqlEscalationStore(Database);
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? Store : other).ClaimDueAsync(Now, TimeSpan.FromMinutes(1), 3, CancellationToken.None)));

        var ids = claims.SelectMany(c => c).Select(m => m.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(20, ids.Count);
    }

    [Fact]
    public async Task SaveReferenceAsync_SameKeyTwice_KeepsTheLatest()
    {
        await Store.SaveReferenceAsync("queue:communications", "first", CancellationToken.None);
        await Store.SaveReferenceAsync("queue:communications", "second", CancellationToken.None);

        Assert.Equal("second", await Store.GetReferenceAsync("queue:communications", CancellationToken.None));
        Assert.Null(await Store.GetReferenceAsync("queue:integrity", CancellationToken.None));
    }
}

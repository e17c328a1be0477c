using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Routing;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Routing;

/// <summary>The turn ledger's contract, on SQLite and a real PostgreSQL.</summary>
public sealed class TurnLedgerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task BeginAsync_Redelivered_IsUnderWayThenDoneWithTheFirstResponse(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var first = new TurnLedger(database, _time);
        var other = new TurnLedger(database, _time);

        Assert.Equal(TurnEntry.Yours, await first.BeginAsync("a:chat|1", CancellationToken.None));
        Assert.Equal(TurnEntry.UnderWay, await other.BeginAsync("a:chat|1", CancellationToken.None));
        await first.CompleteAsync("a:chat|1", """{"status":200}""", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new TurnEntry(TurnState.Done, """{"status":200}"""), await other.BeginAsync("a:chat|1", CancellationToken.None));
        Assert.Equal(TurnEntry.Yours, await other.BeginAsync("a:chat|2", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task BeginAsync_TurnDiedWithItsInstance_ARedeliveryTakesItOverOnceAfterThirtySeconds(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var died = new TurnLedger(database, _time);
        Assert.Equal(TurnEntry.Yours, await died.BeginAsync("a:chat|3", CancellationToken.None));

        _time.Advance(TurnLedger.TakeOverAfter - TimeSpan.FromSeconds(1));
        Assert.Equal(TurnEntry.UnderWay, await new TurnLedger(database, _time).BeginAsync("a:chat|3", CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));
        var takers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new TurnLedger(database, _time).BeginAsync("a:chat|3", CancellationToken.None)));

        Assert.Single(takers, entry => entry == TurnEntry.Yours);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task AbandonAsync_TurnFailed_TheRedeliveryIsAnswered(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var ledger = new TurnLedger(database, _time);
        await ledger.BeginAsync("a:chat|4", CancellationToken.None);

        await ledger.AbandonAsync("a:chat|4", CancellationToken.None);

        Assert.Equal(TurnEntry.Yours, await ledger.BeginAsync("a:chat|4", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    // Turns arrive together under load; on SQLite this process's ledger writes queue for the file one at a time.
    // (SQLite only: sixty-four at once is more connections than the test PostgreSQL allows.)
    [Fact]
    public async Task BeginAsync_SixtyFourTurnsAtOnceOnSqlite_EachIsTakenOnceAndCompleted()
    {
        var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var ledger = new TurnLedger(database, _time);
        var keys = Enumerable.Range(0, 64).Select(n => $"a:chat|load-{n}").ToList();

        var begun = await Task.WhenAll(keys.Concat(keys).Select(key => Task.Run(() => ledger.BeginAsync(key, CancellationToken.None))));
        await Task.WhenAll(keys.Select(key => Task.Run(() => ledger.CompleteAsync(key, null, CancellationToken.None))));
        var again = await Task.WhenAll(keys.Select(key => ledger.BeginAsync(key, CancellationToken.None)));

        Assert.Equal(64, begun.Count(entry => entry == TurnEntry.Yours));
        Assert.All(again, entry => Assert.Equal(new TurnEntry(TurnState.Done, null), entry));
        await TestDatabase.DisposeAsync(database);
    }
}

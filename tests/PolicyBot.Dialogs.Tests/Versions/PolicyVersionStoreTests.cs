using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge.Versions;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Versions;

/// <summary>The version store's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class PolicyVersionStoreTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Add_TwoVersions_ReadBackWithTheirSectionsDatesAndHashes(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new PolicyVersionStore(database);
        var (v1, v2) = (RevisedPolicy.Version1, RevisedPolicy.Version2);

        Assert.True(await store.AddAsync(v1, CancellationToken.None));
        Assert.True(await store.AddAsync(v2, CancellationToken.None));

        var history = await store.HistoryAsync(RevisedPolicy.PolicyId, CancellationToken.None);
        Assert.Equal([1, 2], history.Versions.Select(v => v.Number));
        var read = history.Versions[1];
        Assert.Equal((v2.Hash, v2.Title, v2.EffectiveDate, v2.EffectiveFrom, v2.FirstSeen), (read.Hash, read.Title, read.EffectiveDate, read.EffectiveFrom, read.FirstSeen));
        Assert.Equal(v2.Sections.Select(s => (s.Id, s.Path, s.Title, s.Level, s.Hash, s.Text)), read.Sections.Select(s => (s.Id, s.Path, s.Title, s.Level, s.Hash, s.Text)));
        Assert.Equal((new DateOnly(2026, 11, 25), EffectiveDateSource.FirstSeen), (history.Versions[0].EffectiveDate, history.Versions[0].EffectiveFrom));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Add_NumberAlreadyTaken_FalseAndTheFirstStays(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new PolicyVersionStore(database);
        await store.AddAsync(RevisedPolicy.Version2 with { Number = 1 }, CancellationToken.None);

        Assert.False(await store.AddAsync(RevisedPolicy.Version1, CancellationToken.None));

        Assert.Equal(RevisedPolicy.Version2.Hash, (await store.HistoryAsync(RevisedPolicy.PolicyId, CancellationToken.None)).Latest!.Hash);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Add_TextPutBack_KeptOnceUnderItsHash(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new PolicyVersionStore(database);
        await store.AddAsync(RevisedPolicy.Version1, CancellationToken.None);
        await store.AddAsync(RevisedPolicy.Version2, CancellationToken.None);

        Assert.True(await store.AddAsync(RevisedPolicy.Version1 with { Number = 3 }, CancellationToken.None));

        var histories = await store.HistoriesAsync(CancellationToken.None);
        Assert.Equal([1, 2, 3], histories[RevisedPolicy.PolicyId].Versions.Select(v => v.Number));
        Assert.Equal(2, await CountAsync(database, "SELECT COUNT(*) FROM policy_texts"));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Waive_TwiceForOneVersion_KeepsTheFirst(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new PolicyVersionStore(database);
        var at = new DateTimeOffset(2027, 3, 2, 0, 0, 0, TimeSpan.Zero);

        await store.WaiveAsync(new ReacknowledgementWaiver(RevisedPolicy.PolicyId, 2, "29:5comms", "Ana Comms", at), CancellationToken.None);
        await store.WaiveAsync(new ReacknowledgementWaiver(RevisedPolicy.PolicyId, 2, "29:6comms", "Ben Comms", at.AddHours(1)), CancellationToken.None);

        Assert.Equal([new ReacknowledgementWaiver(RevisedPolicy.PolicyId, 2, "29:5comms", "Ana Comms", at)], await store.WaiversAsync(RevisedPolicy.PolicyId, CancellationToken.None));
        Assert.Empty(await store.WaiversAsync("another-policy", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    private static async Task<long> CountAsync(PolicyBot.Dialogs.Infrastructure.Storage.IDatabase database, string sql) =>
        (await PolicyBot.Dialogs.Infrastructure.Storage.Sql.QueryAsync(database, sql, r => PolicyBot.Dialogs.Infrastructure.Storage.Sql.Long(r, 0), CancellationToken.None)).Single();
}

using PolicyBot.Dialogs.Sharing;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Sharing;

/// <summary>The share store's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class ShareStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Acknowledge_SamePersonTwice_KeepsOneEntryWithTheFirstTime(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new ShareStore(database);
        await store.AddAsync(new ShareRecord("s1", "social-media-policy", "at-a-glance", "abc", "29:3manager", "Alex Manager", "19:team", "19:general", Now), CancellationToken.None);

        await store.AcknowledgeAsync(new Acknowledgement("s1", "29:1staff", "Sam Staff", Now.AddMinutes(1)), CancellationToken.None);
        await store.AcknowledgeAsync(new Acknowledgement("s1", "29:1staff", "Sam Staff", Now.AddMinutes(5)), CancellationToken.None);
        await store.AcknowledgeAsync(new Acknowledgement("s1", "29:2other", "Mere Tane", Now.AddMinutes(2)), CancellationToken.None);

        var acknowledgements = await store.AcknowledgementsAsync("s1", CancellationToken.None);
        Assert.Equal(["Sam Staff", "Mere Tane"], acknowledgements.Select(a => a.UserName));
        Assert.Equal(Now.AddMinutes(1), acknowledgements[0].At);
        Assert.Empty(await store.AcknowledgementsAsync("s2", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task TryStartReminderAsync_TwiceWithinTheGap_OnlyTheFirstMayRemindUntilTheGapHasPassed(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new ShareStore(database);
        await store.AddAsync(new ShareRecord("s1", "social-media-policy", "at-a-glance", "abc", "29:3manager", "Alex Manager", "19:team", "19:general", Now), CancellationToken.None);
        var gap = TimeSpan.FromHours(1);

        var both = await Task.WhenAll(store.TryStartReminderAsync("s1", Now, gap, CancellationToken.None), new ShareStore(database).TryStartReminderAsync("s1", Now, gap, CancellationToken.None));
        Assert.Equal(1, both.Count(started => started));
        Assert.False(await store.TryStartReminderAsync("s1", Now.AddMinutes(59), gap, CancellationToken.None));
        Assert.True(await store.TryStartReminderAsync("s1", Now.AddHours(1), gap, CancellationToken.None));

        await store.CancelReminderAsync("s1", Now.AddHours(1), CancellationToken.None);
        Assert.True(await store.TryStartReminderAsync("s1", Now.AddHours(1).AddMinutes(1), gap, CancellationToken.None));
        Assert.False(await store.TryStartReminderAsync("nope", Now, gap, CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Find_AfterAdd_ReturnsTheShareAsStored_AndNullForUnknownIds(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new ShareStore(database);
        var share = new ShareRecord("s1", "social-media-policy", "policy-principles-and-standards/standards/be-safe", "abc", "29:3manager", "Alex Manager", "19:team", "19:general", Now);
        await store.AddAsync(share, CancellationToken.None);

        Assert.Equal(share, await store.FindAsync("s1", CancellationToken.None));
        Assert.Null(await store.FindAsync("nope", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }
}

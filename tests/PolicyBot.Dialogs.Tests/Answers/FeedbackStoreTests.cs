using PolicyBot.Dialogs.Answers;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Answers;

/// <summary>The feedback store's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class FeedbackStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Add_ThenList_RoundTrips(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var entry = new FeedbackEntry("can i post about work?", Helpful: false, Answered: true, "personal", Now);

        await new FeedbackStore(database).AddAsync(entry, CancellationToken.None);

        Assert.Equal([entry], await new FeedbackStore(database).ListAsync(CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SinceAsync_OlderAndNewerFeedback_ReturnsFromThatTimeOnOldestFirst(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new FeedbackStore(database);
        var old = new FeedbackEntry("old", true, true, "personal", Now.AddDays(-40));
        var edge = new FeedbackEntry("edge", false, true, "channel", Now.AddDays(-30));
        var recent = new FeedbackEntry("recent", true, false, "groupChat", Now);
        foreach (var entry in new[] { old, recent, edge })
        {
            await store.AddAsync(entry, CancellationToken.None);
        }

        Assert.Equal([recent, edge], await store.SinceAsync(Now.AddDays(-30), CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }
}

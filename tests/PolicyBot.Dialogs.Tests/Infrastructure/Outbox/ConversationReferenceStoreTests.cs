using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

/// <summary>The conversation references' contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class ConversationReferenceStoreTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SaveAsync_SameKeyTwice_KeepsTheLatest(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var references = new ConversationReferenceStore(database);

        await references.SaveAsync("queue:communications", "first", CancellationToken.None);
        await references.SaveAsync("queue:communications", "second", CancellationToken.None);

        Assert.Equal("second", await references.GetAsync("queue:communications", CancellationToken.None));
        Assert.Null(await references.GetAsync("queue:integrity", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }
}

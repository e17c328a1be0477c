using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Knowledge.Posting;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.PostCheck;

/// <summary>The post check store's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class PostCheckStoreTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SaveAsync_ThenFind_ReturnsTheStateWithTheSaveTime(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = Store(database);
        var state = Check("0123456789abcdef0123456789abcdef") with { Answers = [new GivenAnswer("capacity", "personal")] };

        var saved = await store.SaveAsync(state, CancellationToken.None);
        var found = await store.FindAsync(state.Id, CancellationToken.None);

        Assert.Equal(_clock.GetUtcNow(), saved.UpdatedAt);
        Assert.Equal(saved.Id, found!.Id);
        Assert.Equal(saved.Draft, found.Draft);
        Assert.Equal(saved.Answers, found.Answers);
        Assert.Equal(saved.UpdatedAt, found.UpdatedAt);
        Assert.Null(await store.FindAsync("ffffffffffffffffffffffffffffffff", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task FindAsync_LeftAloneLongerThanTheExpiry_IsGoneAndSweptOnTheNextSave(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = Store(database);
        await store.SaveAsync(Check("11111111111111111111111111111111"), CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.NotNull(await store.FindAsync("11111111111111111111111111111111", CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.FindAsync("11111111111111111111111111111111", CancellationToken.None));

        // A store keeping checks a week still sees the row until a save sweeps it.
        var patient = new PostCheckStore(database, Options.Create(new PostCheckSettings { Expiry = TimeSpan.FromDays(7) }), _clock);
        Assert.NotNull(await patient.FindAsync("11111111111111111111111111111111", CancellationToken.None));
        await store.SaveAsync(Check("22222222222222222222222222222222"), CancellationToken.None);
        Assert.Null(await patient.FindAsync("11111111111111111111111111111111", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    private PostCheckStore Store(Dialogs.Infrastructure.Storage.IDatabase database) => new(database, Options.Create(new PostCheckSettings()), _clock);

    private static PostCheckState Check(string id) =>
        new(id, "29:1staff", "Mere Tane", false, "Long shift today", [], new Dictionary<string, string>(), [], DateTimeOffset.MinValue);
}

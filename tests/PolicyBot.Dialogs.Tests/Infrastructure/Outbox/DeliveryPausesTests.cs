using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

/// <summary>Throttle pauses, shared by instances through the database, on SQLite and a real PostgreSQL.</summary>
public sealed class DeliveryPausesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task PauseAsync_OneInstanceThrottled_TheOtherSeesThePauseUntilItEnds(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var throttled = new DeliveryPauses(database);
        var other = new DeliveryPauses(database);

        await throttled.PauseAsync("teams:https://smba.example/amer", Now.AddSeconds(30), CancellationToken.None);
        await throttled.PauseAsync("teams:https://smba.example/amer", Now.AddSeconds(10), CancellationToken.None);

        Assert.Equal(Now.AddSeconds(30), await other.UntilAsync("teams:https://smba.example/amer", Now, CancellationToken.None));
        Assert.Null(await other.UntilAsync("teams:https://smba.example/emea", Now, CancellationToken.None));
        Assert.Null(await other.UntilAsync("teams:https://smba.example/amer", Now.AddSeconds(30), CancellationToken.None));
        Assert.Equal(1, await other.ForgetEndedAsync(Now.AddMinutes(1), CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }
}

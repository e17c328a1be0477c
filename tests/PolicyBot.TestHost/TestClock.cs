namespace PolicyBot.TestHost;

/// <summary>
/// The test host's clock: it starts at a fixed instant and runs at real speed, so dates on cards are the same
/// on any day the tests run while the outbox, reminders and expiry timers still fire.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Wednesday 25 November 2026, 01:00 UTC: 2pm in Wellington, the same day in both zones.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    private readonly long _started = System.GetTimestamp();

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => Start + System.GetElapsedTime(_started);
}

using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

public sealed class RetryDelayTests
{
    private static readonly OutboxSettings Settings = new() { FirstRetryDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromMinutes(5) };

    [Fact]
    public void Next_RetryAfterLongerThanBackoff_WaitsAtLeastRetryAfter() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.Next(1, TimeSpan.FromSeconds(30), Settings, 0.99));

    [Fact]
    public void Next_RetryAfterShorterThanBackoff_WaitsOnlyRetryAfter() =>
        Assert.Equal(TimeSpan.FromSeconds(5), RetryDelay.Next(8, TimeSpan.FromSeconds(5), Settings, 0.99));

    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(3, 4, 8)]
    [InlineData(30, 150, 300)]
    public void Next_NoRetryAfter_BacksOffExponentiallyWithJitterUpToTheCap(int attempt, double lowSeconds, double highSeconds)
    {
        var low = RetryDelay.Next(attempt, null, Settings, 0);
        var high = RetryDelay.Next(attempt, null, Settings, 0.999999);

        Assert.Equal(lowSeconds, low.TotalSeconds, 3);
        Assert.Equal(highSeconds, high.TotalSeconds, 2);
    }
}

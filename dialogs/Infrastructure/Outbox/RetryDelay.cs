namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>When to try a failed delivery again: what the server asked for, else exponential backoff with jitter.</summary>
public static class RetryDelay
{
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="retryAfter">The server's Retry-After: then exactly that, as the server said when it will take more.</param>
    /// <param name="settings">First and largest delays.</param>
    /// <param name="random">A number in [0, 1) for the jitter.</param>
    public static TimeSpan Next(int attempt, TimeSpan? retryAfter, OutboxSettings settings, double random)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (retryAfter is { } asked)
        {
            // Backing off past it as well only made cards arrive long after a throttle ended.
            return asked;
        }

        var exponent = Math.Min(Math.Max(attempt - 1, 0), 20);
        var ceiling = Math.Min(settings.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), settings.MaxRetryDelay.TotalMilliseconds);

        // "Equal jitter": half fixed so retries never bunch at zero, half random so instances spread out.
        var backoff = TimeSpan.FromMilliseconds((ceiling / 2) + (random * ceiling / 2));
        return backoff;
    }
}

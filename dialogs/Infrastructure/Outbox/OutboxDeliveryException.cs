namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>A delivery that failed, saying whether trying again can help and when the far side asked us to.</summary>
public sealed class OutboxDeliveryException : Exception
{
    public OutboxDeliveryException()
    {
    }

    public OutboxDeliveryException(string message)
        : base(message)
    {
    }

    public OutboxDeliveryException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public OutboxDeliveryException(string message, bool retryable, TimeSpan? retryAfter, Exception? inner = null)
        : base(message, inner)
    {
        Retryable = retryable;
        RetryAfter = retryAfter;
    }

    public bool Retryable { get; } = true;

    /// <summary>Set when the message was not tried at all: its destination is paused (throttled) until then.</summary>
    public DateTimeOffset? PausedUntil { get; private init; }

    /// <summary>Not tried: every message to this destination waits until <paramref name="until"/>.</summary>
    public static OutboxDeliveryException Paused(DateTimeOffset until) =>
        new($"The destination is paused until {until:O}.", retryable: true, retryAfter: null) { PausedUntil = until };

    /// <summary>The wait a server asked for (Teams' 429 Retry-After), or null.</summary>
    public TimeSpan? RetryAfter { get; }
}

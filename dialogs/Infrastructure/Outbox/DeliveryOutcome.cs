namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>How one attempt at a message ended, before it is recorded.</summary>
internal sealed record DeliveryOutcome(DeliveryResult Result, Exception? Failure = null, DateTimeOffset? PausedUntil = null)
{
    public static readonly DeliveryOutcome Delivered = new(DeliveryResult.Delivered);

    public static readonly DeliveryOutcome Interrupted = new(DeliveryResult.Interrupted);
}

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>Delivered; not tried because its destination is paused; cut off by a stop; or failed.</summary>
internal enum DeliveryResult
{
    Delivered,
    Paused,
    Interrupted,
    Failed,
}

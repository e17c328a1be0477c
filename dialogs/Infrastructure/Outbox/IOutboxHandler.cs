namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>Delivers one kind of outbox message; throws <see cref="OutboxDeliveryException"/> to say whether to retry.</summary>
public interface IOutboxHandler
{
    IReadOnlyCollection<string> Kinds { get; }

    Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}

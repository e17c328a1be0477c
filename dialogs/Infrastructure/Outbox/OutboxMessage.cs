namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>An outbound effect claimed for delivery; Attempts counts this one.</summary>
public sealed record OutboxMessage(long Id, string Kind, string Payload, int Attempts, DateTimeOffset CreatedAt)
{
    /// <summary>The escalation the effect announces, when it belongs to one.</summary>
    public long? EscalationId { get; init; }

    /// <summary>An earlier attempt was cut off (its holder died or was stopped mid-way): the far side may already have it.</summary>
    public bool Interrupted { get; init; }
}

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>An outbox row as operators see it.</summary>
public sealed record OutboxState(long Id, string Kind, int Attempts, DateTimeOffset DueAt, DateTimeOffset? DeliveredAt, DateTimeOffset? FailedAt, string? LastError)
{
    /// <summary>The escalation the effect announces, when it belongs to one.</summary>
    public long? EscalationId { get; init; }
}

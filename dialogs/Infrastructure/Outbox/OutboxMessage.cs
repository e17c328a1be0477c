namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>An outbound effect claimed for delivery; Attempts counts this one.</summary>
public sealed record OutboxMessage(long Id, string Kind, string Payload, int Attempts, DateTimeOffset CreatedAt);

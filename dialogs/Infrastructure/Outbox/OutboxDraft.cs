namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>An outbound effect to write in the same transaction as the change that causes it.</summary>
/// <param name="Kind">Which handler delivers it, e.g. "email", "teams.send", "ticket.sync".</param>
/// <param name="Payload">JSON the handler reads.</param>
/// <param name="OrderingKey">Effects with the same key are delivered one at a time, oldest first (one ticket card, one chat); null for none.</param>
public sealed record OutboxDraft(string Kind, string Payload, string? OrderingKey = null);

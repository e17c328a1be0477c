namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>An outbound effect to write in the same transaction as the change that causes it.</summary>
/// <param name="Kind">Which handler delivers it, e.g. "email", "teams.send", "ticket.sync".</param>
/// <param name="Payload">JSON the handler reads.</param>
public sealed record OutboxDraft(string Kind, string Payload);

using System.Text.Json;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// A Teams effect as the outbox stores it. "teams.send": a message (Card JSON or Text) to the conversation stored
/// under ReferenceKey. "ticket.sync": post or update EscalationId's ticket card in its queue channel.
/// </summary>
public sealed record TeamsPayload(string? ReferenceKey, string? Text, string? Card, long? EscalationId, string? Notice = null)
{
    public const string SendKind = "teams.send";
    public const string TicketKind = "ticket.sync";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    // Messages to one chat arrive in the order they were written; a ticket card's post comes before its updates.
    public static OutboxDraft Send(string referenceKey, string text, string? card) => new(SendKind, JsonSerializer.Serialize(new TeamsPayload(referenceKey, text, card, null), Options), "chat:" + referenceKey);

    public static OutboxDraft Ticket(long escalationId, string? notice = null) => new(TicketKind, JsonSerializer.Serialize(new TeamsPayload(null, null, null, escalationId, notice), Options), "ticket:" + escalationId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static TeamsPayload FromJson(string json) => JsonSerializer.Deserialize<TeamsPayload>(json, Options) ?? throw new InvalidDataException("Empty Teams payload.");
}

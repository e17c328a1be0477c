namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// A question handed to people, as stored. SourceKey (conversation and activity id) is unique, so a redelivered
/// activity creates nothing; Route is the routing.json route id; Destination is where it went ("channel:communications",
/// "channel:integrity", "mail" or "manager"); Version is bumped on every change so two people acting at once cannot both win.
/// </summary>
public sealed record Escalation(
    long Id,
    string SourceKey,
    string Route,
    string Destination,
    string Question,
    string Context,
    string RequesterId,
    string RequesterName,
    bool Confidential,
    EscalationStatus Status,
    string? Assignee,
    string? Answer,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    string? TicketActivityId,
    DateTimeOffset? RemindedAt)
{
    /// <summary>The reference staff and the mailbox see, e.g. "PB-1042".</summary>
    public string Reference => FormatReference(Id);

    /// <summary>The requester's name as the queue may show it.</summary>
    public string RequesterShown => Confidential ? "Confidential (name withheld at the requester's request)" : RequesterName;

    public static string FormatReference(long id) => $"PB-{id + 1000}";
}

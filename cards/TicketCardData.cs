namespace PolicyBot.Cards;

/// <summary>An escalation as the queue channel sees it, with the buttons its status allows.</summary>
public sealed record TicketCardData(
    long EscalationId,
    string Reference,
    string Team,
    string Status,
    UserText Question,
    UserText Context,
    UserText Requester,
    UserText? Assignee,
    UserText? Answer,
    string Created,
    UserText? Notice = null)
{
    public bool CanClaim => Status is "Unassigned";

    public bool CanAnswer => Status is "Unassigned" or "Assigned";

    public bool CanClose => Status is "Answered";

    public bool CanReopen => Status is "Answered" or "Closed";

    /// <summary>An answered ticket's answer can become an approved answer.</summary>
    public bool CanSaveApproved => Answer is not null && Status is "Answered" or "Closed";

    public string StatusColor => Status switch { "Unassigned" => "Attention", "Assigned" => "Warning", "Answered" => "Good", _ => "Default" };

    // Notifications show a line or so; the whole question is on the card.
    public string FallbackText => $"{Reference} ({Status}): {(Question.Value.Length > 200 ? string.Concat(Question.Value.AsSpan(0, 200), "\u2026") : Question.Value)}";
}

using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.ApprovedAnswers;

/// <summary>An approved answer as kept: the answer, how often staff were shown it, when last, and the ticket it came from.</summary>
public sealed record StoredApprovedAnswer(ApprovedAnswer Answer, int Uses, DateTimeOffset? LastUsedAt, string? Ticket);

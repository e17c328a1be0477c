namespace PolicyBot.Dialogs.Escalations;

/// <summary>One line of a ticket's history: who did what, and when.</summary>
public sealed record EscalationEvent(long EscalationId, DateTimeOffset At, string Actor, string Kind, string? Detail);

namespace PolicyBot.Dialogs.Escalations;

/// <summary>The ticket card's buttons.</summary>
public static class TicketVerbs
{
    public const string Claim = "ticket.claim";
    public const string Assign = "ticket.assign";
    public const string Answer = "ticket.answer";
    public const string Close = "ticket.close";
    public const string Reopen = "ticket.reopen";

    public static IReadOnlyList<string> All { get; } = [Claim, Assign, Answer, Close, Reopen];
}

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Where a ticket is: Unassigned -> Assigned -> Answered -> Closed, and back to Assigned on Reopen.</summary>
public enum EscalationStatus
{
    Unassigned,
    Assigned,
    Answered,
    Closed,

    /// <summary>Handed to the person's manager through a prepared message; nobody works it in a queue.</summary>
    HandedOff,
}

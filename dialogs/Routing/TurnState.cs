namespace PolicyBot.Dialogs.Routing;

/// <summary>Whether a turn is the caller's to take, already answered, or being answered elsewhere.</summary>
public enum TurnState
{
    Yours,
    Done,
    UnderWay,
}

namespace PolicyBot.Dialogs.Routing;

/// <summary>Where a turn stands in the ledger, with the invoke response kept when it is done.</summary>
public sealed record TurnEntry(TurnState State, string? Response = null)
{
    public static readonly TurnEntry Yours = new(TurnState.Yours);

    public static readonly TurnEntry UnderWay = new(TurnState.UnderWay);
}

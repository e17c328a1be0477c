namespace PolicyBot.Cards;

/// <summary>One destination the person may pick on the confirmation card.</summary>
public sealed record RouteChoiceCardData(string Title, string Value);

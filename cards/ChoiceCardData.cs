namespace PolicyBot.Cards;

/// <summary>A choice on a flow question.</summary>
public sealed record ChoiceCardData(string Id, string Label);

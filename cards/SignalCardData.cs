namespace PolicyBot.Cards;

/// <summary>A risk signal found in a draft, as the card shows it.</summary>
/// <param name="Label">What the signal means.</param>
/// <param name="Evidence">The draft's words that triggered it, quoted and joined.</param>
public sealed record SignalCardData(string Label, UserText Evidence);

namespace PolicyBot.Cards;

/// <summary>A run of words in a "what changed" card: plain, struck through (taken out) or highlighted (put in).</summary>
/// <param name="Text">The words, with the space before them when they have one.</param>
/// <param name="Deleted">True for words the new version took out.</param>
/// <param name="Inserted">True for words the new version put in.</param>
public sealed record TextRunCardData(string Text, bool Deleted, bool Inserted)
{
    public string Weight => Inserted ? "Bolder" : "Default";
}

namespace PolicyBot.Cards;

/// <summary>A changed sentence or line, as it was and as it is, each as runs of words.</summary>
/// <param name="Was">The old wording with the words taken out struck through; empty when the words are new.</param>
/// <param name="Now">The new wording with the words put in highlighted (a wholly new line is left plain: all of it is new); empty when the words were taken out.</param>
public sealed record ChangedWordingCardData(IReadOnlyList<TextRunCardData> Was, IReadOnlyList<TextRunCardData> Now)
{
    /// <summary>"Was", or "Gone" for words taken out with nothing in their place.</summary>
    public string WasLabel => Now.Count == 0 ? "Gone" : "Was";

    /// <summary>"Now", or "New" for words added with nothing before them.</summary>
    public string NowLabel => Was.Count == 0 ? "New" : "Now";
}

namespace PolicyBot.Knowledge.Parsing;

/// <summary>A block of source lines before headings and levels are decided.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">Its clean text; empty for a table row.</param>
/// <param name="Cells">For a table row, its cells.</param>
/// <param name="HeadingLevel">For a marked heading: 0 for a document title style, else 1 for the top level and so on.</param>
internal sealed record RawBlock(RawKind Kind, string Text, IReadOnlyList<string> Cells, int HeadingLevel = 0)
{
    /// <summary>True for a paragraph that came from one source line, the only shape a plain-text heading has.</summary>
    public bool SingleLine { get; init; }
}

namespace PolicyBot.Knowledge.Parsing;

/// <summary>A block of source lines before headings and levels are decided.</summary>
internal sealed record RawBlock(RawKind Kind, string Text, IReadOnlyList<string> Cells, int HeadingLevel = 0)
{
    /// <summary>True for a paragraph that came from one source line, the only shape a plain-text heading has.</summary>
    public bool SingleLine { get; init; }
}

internal enum RawKind
{
    Line,
    Bullet,
    TableRow,
    Heading,
}

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>
/// One line of a PDF page: its words left to right, split into segments where a wide gap separates them (table
/// columns), with its baseline, font size and style.
/// </summary>
internal sealed record PdfLine(int Page, double Baseline, IReadOnlyList<IReadOnlyList<PdfWord>> Segments, TextStyle Style)
{
    /// <summary>True when (nearly) every letter of the line is set in <see cref="Style"/>.</summary>
    public bool Uniform { get; init; } = true;

    public double Left => Segments[0][0].Left;

    public double Right => Segments[^1][^1].Right;

    public string Text => string.Join(" ", Segments.Select(SegmentText));

    /// <summary>A line whose whole text is in one run of words (not in table columns).</summary>
    public bool IsSingleSegment => Segments.Count == 1;

    public static string SegmentText(IReadOnlyList<PdfWord> segment) => string.Join(" ", segment.Select(word => word.Text));
}

namespace PolicyBot.Knowledge.Documents;

/// <summary>A paragraph, bullet or table row of a policy section, as clean text.</summary>
/// <param name="Kind">What the block was in the source.</param>
/// <param name="Text">The block's text, cleaned of markup and with broken lines joined.</param>
/// <param name="Cells">For a table row, its cells; the text joins them.</param>
public sealed record PolicyBlock(BlockKind Kind, string Text, IReadOnlyList<string> Cells)
{
    public static PolicyBlock Paragraph(string text) => new(BlockKind.Paragraph, text, []);

    public static PolicyBlock Bullet(string text) => new(BlockKind.Bullet, text, []);

    /// <summary>A table row that reads as a sentence when quoted: "Managers: Review the register; When: Monthly".</summary>
    /// <param name="cells">The row's cells; the first names what the row is about.</param>
    /// <param name="header">The table's column names, if it has them: they label the third column onwards.</param>
    public static PolicyBlock Row(IReadOnlyList<string> cells, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var filled = Enumerable.Range(0, cells.Count).Where(i => cells[i].Length > 0).ToList();
        if (filled.Count <= 1)
        {
            return new(BlockKind.TableRow, filled.Count == 0 ? string.Empty : cells[filled[0]], cells);
        }

        // Two columns read as "name: value". Further columns carry their heading, since "Monthly" alone says
        // nothing in a quote.
        var text = cells[filled[0]] + ": " + cells[filled[1]];
        foreach (var i in filled.Skip(2))
        {
            var label = header is not null && i < header.Count && header[i].Length > 0 ? header[i] + ": " : string.Empty;
            text += (EndsSentence(text) ? " " : "; ") + label + cells[i];
        }

        return new(BlockKind.TableRow, text, cells);
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?';
}

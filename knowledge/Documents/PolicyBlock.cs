namespace PolicyBot.Knowledge.Documents;

/// <summary>A paragraph, bullet or table row of a policy section, as clean text.</summary>
/// <param name="Kind">What the block was in the source.</param>
/// <param name="Text">The block's text, cleaned of markup and with broken lines joined.</param>
/// <param name="Cells">For a table row, its cells; the text joins them.</param>
public sealed record PolicyBlock(BlockKind Kind, string Text, IReadOnlyList<string> Cells)
{
    public static PolicyBlock Paragraph(string text) => new(BlockKind.Paragraph, text, []);

    public static PolicyBlock Bullet(string text) => new(BlockKind.Bullet, text, []);

    public static PolicyBlock Row(IReadOnlyList<string> cells) =>
        new(BlockKind.TableRow, cells.Count > 1 ? $"{cells[0]}: {string.Join(" ", cells.Skip(1))}" : cells[0], cells);
}

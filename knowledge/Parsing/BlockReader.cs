using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Splits policy text into paragraphs, bullets, table rows and (Markdown) headings.</summary>
internal static partial class BlockReader
{
    public static List<RawBlock> Read(string text, bool markdown)
    {
        var blocks = new List<RawBlock>();
        RawBlock? open = null;
        var blankSinceOpen = false;

        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.Trim().Length == 0)
            {
                blankSinceOpen = open is not null;
                continue;
            }

            var next = Classify(line, markdown);
            if (next is null)
            {
                continue;
            }

            if (open is not null && Continues(open, next, blankSinceOpen))
            {
                open = open with { Text = open.Text + " " + next.Text, SingleLine = false };
                blocks[^1] = open;
            }
            else
            {
                blocks.Add(next);
                open = next.Kind is RawKind.Line or RawKind.Bullet ? next : null;
            }

            blankSinceOpen = false;
        }

        return blocks;
    }

    // A line with no blank line before it extends the open paragraph or bullet; after a blank line it does
    // only when the open text stopped mid-sentence and the line carries on in lowercase (an export that
    // broke a sentence across paragraphs).
    private static bool Continues(RawBlock open, RawBlock next, bool blankBetween)
    {
        if (next.Kind != RawKind.Line)
        {
            return false;
        }

        if (!blankBetween)
        {
            // Exports that keep no blank line after a heading or between "Label: value" fields: a
            // heading-shaped line followed by a capitalised line is a heading, and a field stands alone.
            var startsNewBlock = open.SingleLine
                && char.IsUpper(next.Text[0])
                && (HeadingRules.LooksLikeHeading(open) || HeadingRules.TryReadField(open, out _));
            return !startsNewBlock;
        }

        return !TextCleaner.EndsClause(open.Text) && char.IsLower(next.Text[0]);
    }

    private static RawBlock? Classify(string line, bool markdown)
    {
        if (markdown && MarkdownHeading().Match(line) is { Success: true } heading)
        {
            var title = TextCleaner.Clean(heading.Groups[2].Value);
            return title.Length == 0 ? null : new RawBlock(RawKind.Heading, title, [], heading.Groups[1].Length);
        }

        if (markdown && line.TrimStart().StartsWith('|'))
        {
            var cells = CellBorder().Split(line.Trim().Trim('|')).Select(TextCleaner.Clean).ToArray();
            return cells.All(cell => TableRule().IsMatch(cell)) || cells.All(cell => cell.Length == 0)
                ? null
                : new RawBlock(RawKind.TableRow, string.Empty, cells);
        }

        // In Markdown a tab is indentation; in an export it separates table cells.
        if (!markdown && line.Contains('\t', StringComparison.Ordinal))
        {
            var cells = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(TextCleaner.Clean)
                .ToArray();
            return new RawBlock(RawKind.TableRow, string.Empty, cells);
        }

        if (Bullet().Match(line) is { Success: true } bullet)
        {
            var item = TextCleaner.Clean(bullet.Groups[1].Value);
            return item.Length == 0 ? null : new RawBlock(RawKind.Bullet, item, []);
        }

        // A line of markup alone ("<div>", "<br/>") leaves nothing to read.
        var text = TextCleaner.Clean(line);
        return text.Length == 0 ? null : new RawBlock(RawKind.Line, text, []) { SingleLine = true };
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    // A pipe that is not escaped ("\\|" is a pipe in a cell's text).
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellBorder();

    [GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*(?:[-*\u2022\u00b7\u25aa]|\d{1,2}[.)]|[a-z][.)])\s+(.+)$")]
    private static partial Regex Bullet();
}

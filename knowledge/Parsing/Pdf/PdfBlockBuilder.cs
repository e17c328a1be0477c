using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>
/// Joins a PDF's lines into the blocks the rest of the bot reads: headings, paragraphs, bullets and table rows.
/// A paragraph ends where the lines open up, where a sentence stops short of the margin, or at a change of
/// size; it carries on across a page break when its sentence does.
/// </summary>
internal sealed partial class PdfBlockBuilder
{
    // Lines further apart than this (in line pitches) are separate paragraphs.
    private const double ParagraphBreak = 1.3;

    private readonly List<RawBlock> _blocks = [];
    private readonly Hyphenation _hyphenation;
    private readonly double _pitch;
    private readonly double _margin;
    private readonly List<PdfLine> _open = [];
    private double? _markerLeft;
    private PdfTable? _table;

    private PdfBlockBuilder(Hyphenation hyphenation, double pitch, double margin)
    {
        _hyphenation = hyphenation;
        _pitch = pitch;
        _margin = margin;
    }

    /// <param name="lines">The document's lines in reading order, page furniture removed.</param>
    /// <param name="headings">The lines that are headings.</param>
    /// <param name="pitch">The distance between the baselines of two lines of one body paragraph.</param>
    /// <param name="hyphenation">How to join a line to the next.</param>
    public static List<RawBlock> Build(IReadOnlyList<PdfLine> lines, IReadOnlyList<HeadingMark> headings, double pitch, Hyphenation hyphenation)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(headings);
        var margin = lines.Where(line => line.IsSingleSegment).Select(line => line.Right).DefaultIfEmpty(0).Max();
        var builder = new PdfBlockBuilder(hyphenation, pitch, margin);
        var starts = headings.ToDictionary(heading => heading.Start);
        for (var i = 0; i < lines.Count; i++)
        {
            if (starts.TryGetValue(i, out var heading))
            {
                builder.Close();
                builder._blocks.Add(new RawBlock(RawKind.Heading, TextCleaner.Collapse(heading.Text), [], heading.Level));
                i += heading.Lines - 1;
                continue;
            }

            builder.Add(lines[i], firstOnPage: i == 0 || lines[i - 1].Page != lines[i].Page);
        }

        builder.Close();
        return builder._blocks;
    }

    private void Add(PdfLine line, bool firstOnPage)
    {
        if (DotLeader().IsMatch(line.Text))
        {
            // An entry of a table of contents repeats a heading; the heading itself is read where it stands.
            return;
        }

        var item = ListMarker.Strip(line);
        if (_table is not null)
        {
            if (item is null && _table.Continues(line, firstOnPage))
            {
                _table.Add(line);
                return;
            }

            CloseTable();
        }

        if (item is null && Continues(line, firstOnPage))
        {
            _open.Add(line);
        }
        else if (item is null && line.Segments.Count >= 2)
        {
            StartTable(line);
        }
        else
        {
            CloseParagraph();
            _open.Add(item ?? line);
            _markerLeft = item is null ? null : line.Left;
        }
    }

    private bool Continues(PdfLine line, bool firstOnPage)
    {
        if (_open.Count == 0)
        {
            return false;
        }

        var last = _open[^1];
        if (!line.IsSingleSegment && !(IsFull(last) && IsFull(line)))
        {
            // Wide gaps in a line make it a table row, unless it is a justified line between full lines of a
            // paragraph, stretched wide because its words are long.
            return false;
        }

        var indented = _markerLeft is not { } marker || line.Left > marker + 1;
        if (line.Page != last.Page)
        {
            // The first line of a page carries on the last paragraph of the one before when its sentence does.
            return firstOnPage && indented && (char.IsLower(line.Text[0]) || !TextCleaner.EndsClause(last.Text));
        }

        var gap = last.Baseline - line.Baseline;
        if (gap <= 0 || gap > _pitch * ParagraphBreak || Math.Abs(line.Style.Size - last.Style.Size) > 0.5 || !indented)
        {
            return false;
        }

        // A sentence that stops short of the margin although the next word would have fitted ends its paragraph.
        var firstWord = line.Segments[0][0];
        return !(EndsSentence(last.Text) && _margin - last.Right > firstWord.Right - firstWord.Left + line.Style.Size);
    }

    private void StartTable(PdfLine line)
    {
        var table = new PdfTable(line, _hyphenation, _pitch);

        // A header cell that wraps starts a line or two above the rest of its row (cells align to the bottom).
        var pulled = 0;
        while (_markerLeft is null && pulled < _open.Count)
        {
            var candidate = _open[^(pulled + 1)];
            var below = pulled == 0 ? line : _open[^pulled];
            if (candidate.Page != line.Page || candidate.Baseline - below.Baseline > _pitch * ParagraphBreak || !table.Fits(candidate))
            {
                break;
            }

            pulled++;
        }

        var header = _open.GetRange(_open.Count - pulled, pulled);
        _open.RemoveRange(_open.Count - pulled, pulled);
        CloseParagraph();
        foreach (var above in header)
        {
            table.Add(above);
        }

        table.Add(line);
        _table = table;
    }

    private void Close()
    {
        CloseTable();
        CloseParagraph();
    }

    private void CloseParagraph()
    {
        if (_open.Count > 0)
        {
            var text = TextCleaner.Collapse(_open.Select(line => line.Text).Aggregate((text, next) => _hyphenation.Join(text, next)));
            _blocks.Add(new RawBlock(_markerLeft is null ? RawKind.Line : RawKind.Bullet, text, []) { SingleLine = _open.Count == 1 });
        }

        _open.Clear();
        _markerLeft = null;
    }

    private void CloseTable()
    {
        foreach (var cells in _table?.Rows() ?? [])
        {
            var clean = cells.Select(TextCleaner.Collapse).ToArray();
            if (clean.Any(cell => cell.Length > 0))
            {
                _blocks.Add(new RawBlock(RawKind.TableRow, string.Empty, clean));
            }
        }

        _table = null;
    }

    // A line that runs to the right margin, as every line of a justified paragraph but its last does.
    private bool IsFull(PdfLine line) => _margin - line.Right <= line.Style.Size * 0.5;

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':';

    [GeneratedRegex(@"(?:\.\s*){4,}\d+$|\u2026\s*\d+$")]
    private static partial Regex DotLeader();
}

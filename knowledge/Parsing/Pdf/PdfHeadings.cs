using System.Text;

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>
/// Finds a PDF's headings: from its outline when it has one that matches its text, otherwise from lines set
/// apart by size, weight or typeface from the body text, the larger and bolder the higher the level.
/// </summary>
internal static class PdfHeadings
{
    // Entries an outline may hold that match no line (a bookmark to a figure, a renamed heading) before the
    // reader stops looking for them.
    private const int LookAhead = 4;

    // An outline that matches fewer of its entries than this is not the document's headings.
    private const double UsableOutline = 0.6;

    public static List<HeadingMark> Find(IReadOnlyList<PdfLine> lines, IReadOnlyList<OutlineEntry> outline, TextStyle body)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(outline);
        if (outline.Count > 0)
        {
            var marks = FromOutline(lines, outline);
            if (marks.Count >= outline.Count * UsableOutline)
            {
                return marks;
            }
        }

        return FromFonts(lines, body);
    }

    private static List<HeadingMark> FromOutline(IReadOnlyList<PdfLine> lines, IReadOnlyList<OutlineEntry> outline)
    {
        var marks = new List<HeadingMark>();
        var next = 0;
        for (var i = 0; i < lines.Count && next < outline.Count; i++)
        {
            for (var e = next; e < Math.Min(outline.Count, next + LookAhead); e++)
            {
                var entry = outline[e];
                if (entry.Page is { } page && lines[i].Page < page)
                {
                    continue;
                }

                var span = Span(lines, i, Normalise(entry.Title));
                if (span > 0)
                {
                    marks.Add(new HeadingMark(i, span, entry.Level, entry.Title.Trim()));
                    next = e + 1;
                    i += span - 1;
                    break;
                }
            }
        }

        return marks;
    }

    // How many lines from start spell the title (a long heading wraps onto a second line), or 0.
    private static int Span(IReadOnlyList<PdfLine> lines, int start, string title)
    {
        var text = string.Empty;
        for (var i = start; i < Math.Min(lines.Count, start + 3) && lines[i].IsSingleSegment; i++)
        {
            text += Normalise(lines[i].Text);
            if (text == title)
            {
                return i - start + 1;
            }

            if (text.Length == 0 || !title.StartsWith(text, StringComparison.Ordinal))
            {
                return 0;
            }
        }

        return 0;
    }

    private static List<HeadingMark> FromFonts(IReadOnlyList<PdfLine> lines, TextStyle body)
    {
        var found = new List<(int Start, int Lines, TextStyle Style, string Text)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsCandidate(lines[i], body))
            {
                continue;
            }

            // A heading too long for one line goes on in the same style straight below.
            var span = 1;
            var text = lines[i].Text;
            while (i + span < lines.Count && IsCandidate(lines[i + span], body) && Continues(lines[i + span - 1], lines[i + span]))
            {
                text += " " + lines[i + span].Text;
                span++;
            }

            found.Add((i, span, lines[i].Style, text));
            i += span - 1;
        }

        var ranks = found.Select(f => f.Style).Distinct()
            .OrderByDescending(style => style.Size).ThenByDescending(style => style.Bold).ThenByDescending(style => style.Italic)
            .Select((style, rank) => (style, rank))
            .ToDictionary(pair => pair.style, pair => pair.rank + 1);
        return found.Select(f => new HeadingMark(f.Start, f.Lines, ranks[f.Style], f.Text)).ToList();
    }

    private static bool IsCandidate(PdfLine line, TextStyle body) =>
        line.Uniform && line.IsSingleSegment && line.Style.StandsOutFrom(body)
        && HeadingRules.LooksLikeHeading(new RawBlock(RawKind.Line, line.Text, []) { SingleLine = true });

    private static bool Continues(PdfLine above, PdfLine below) =>
        above.Page == below.Page && above.Style == below.Style && above.Baseline - below.Baseline <= above.Style.Size * 1.6;

    // Letters only, lower case: outlines drop numbering and punctuation that the text shows, and vice versa.
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

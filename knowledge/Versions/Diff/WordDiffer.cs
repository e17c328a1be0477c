namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>A word-level diff of two texts: the longest run of words they share, and the edits around it.</summary>
public static class WordDiffer
{
    // Above this many word pairs between the first and last change, the middle is taken as replaced whole:
    // a rewrite that size is a change of wording anyway, and the table would not fit in a small budget.
    private const long MaxCells = 4_000_000;

    public static WordDiff Diff(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var a = WordToken.Split(oldText);
        var b = WordToken.Split(newText);
        var kinds = Align(a, b);
        Slide(kinds, a, oldText, SegmentKind.Deleted);
        Slide(kinds, b, newText, SegmentKind.Inserted);
        var ops = new List<WordOp>(kinds.Count);
        var edits = new List<WordEdit>();
        int i = 0, j = 0, k = 0;
        while (k < kinds.Count)
        {
            if (kinds[k] == SegmentKind.Same)
            {
                ops.Add(new WordOp(SegmentKind.Same, b[j].Text, Spaced(b, j)));
                (i, j, k) = (i + 1, j + 1, k + 1);
                continue;
            }

            // A run of deletions and insertions between two shared words is one edit.
            var (firstOld, firstNew) = (i, j);
            for (; k < kinds.Count && kinds[k] != SegmentKind.Same; k++)
            {
                if (kinds[k] == SegmentKind.Deleted)
                {
                    ops.Add(new WordOp(SegmentKind.Deleted, a[i].Text, Spaced(a, i)));
                    i++;
                }
                else
                {
                    ops.Add(new WordOp(SegmentKind.Inserted, b[j].Text, Spaced(b, j)));
                    j++;
                }
            }

            edits.Add(Edit(oldText, a, firstOld, i, newText, b, firstNew, j));
        }

        return new WordDiff(ops, edits);
    }

    private static WordEdit Edit(string oldText, List<WordToken> a, int oldFrom, int oldTo, string newText, List<WordToken> b, int newFrom, int newTo)
    {
        var (oldStart, oldEnd) = Span(a, oldFrom, oldTo);
        var (newStart, newEnd) = Span(b, newFrom, newTo);
        var deleted = oldText[oldStart..oldEnd];
        var inserted = newText[newStart..newEnd];
        return new WordEdit(deleted, inserted, EditClassifier.Classify(deleted, inserted), oldStart, oldEnd, newStart, newEnd);
    }

    // The characters tokens [from, to) cover; for none, the point after the token before them.
    private static (int Start, int End) Span(List<WordToken> tokens, int from, int to) =>
        to > from ? (tokens[from].Start, tokens[to - 1].End) : from > 0 ? (tokens[from - 1].End, tokens[from - 1].End) : (0, 0);

    private static bool Spaced(List<WordToken> tokens, int index) => index > 0 && tokens[index].Start > tokens[index - 1].End;

    // A run of added (or removed) words can often sit one or more words later with the same result: "x{+. New
    // line+}." is "x.{+ New line.+}". Readers expect whole lines, so a run that can slide to the start of a
    // line goes there; otherwise it stays where the alignment put it.
    private static void Slide(List<SegmentKind> kinds, List<WordToken> tokens, string text, SegmentKind kind)
    {
        var at = 0;
        var k = 0;
        while (k < kinds.Count)
        {
            if (kinds[k] == SegmentKind.Same)
            {
                (k, at) = (k + 1, at + 1);
                continue;
            }

            var end = k;
            while (end < kinds.Count && kinds[end] != SegmentKind.Same)
            {
                end++;
            }

            var length = kinds.Skip(k).Take(end - k).Count(x => x == kind);
            var best = 0;
            if (length == end - k && !StartsLine(tokens, text, at))
            {
                // How far the run can go: while the word after it is the run's first word.
                for (var shift = 1; end - 1 + shift < kinds.Count && kinds[end - 1 + shift] == SegmentKind.Same
                    && tokens[at + shift - 1].Text == tokens[at + shift - 1 + length].Text; shift++)
                {
                    if (StartsLine(tokens, text, at + shift))
                    {
                        best = shift;
                        break;
                    }
                }
            }

            for (var p = k; best > 0 && p < end + best; p++)
            {
                kinds[p] = p < k + best ? SegmentKind.Same : kind;
            }

            (k, at) = (end + best, at + length + best);
        }
    }

    private static bool StartsLine(List<WordToken> tokens, string text, int index) =>
        index == 0 || text.AsSpan(tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End).Contains('\n');

    // Longest common subsequence of the token texts, after the shared start and end are set aside.
    private static List<SegmentKind> Align(List<WordToken> a, List<WordToken> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix].Text == b[prefix].Text)
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)].Text == b[^(suffix + 1)].Text)
        {
            suffix++;
        }

        var kinds = new List<SegmentKind>(a.Count + b.Count);
        kinds.AddRange(Enumerable.Repeat(SegmentKind.Same, prefix));
        var (n, m) = (a.Count - prefix - suffix, b.Count - prefix - suffix);
        if ((long)n * m > MaxCells)
        {
            kinds.AddRange(Enumerable.Repeat(SegmentKind.Deleted, n));
            kinds.AddRange(Enumerable.Repeat(SegmentKind.Inserted, m));
        }
        else
        {
            Middle(a, b, prefix, n, m, kinds);
        }

        kinds.AddRange(Enumerable.Repeat(SegmentKind.Same, suffix));
        return kinds;
    }

    private static void Middle(List<WordToken> a, List<WordToken> b, int offset, int n, int m, List<SegmentKind> kinds)
    {
        // lengths[i, j]: the longest common run of a[i..] and b[j..] (middle positions).
        var lengths = new int[(n + 1) * (m + 1)];
        int At(int i, int j) => (i * (m + 1)) + j;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[At(i, j)] = a[offset + i].Text == b[offset + j].Text
                    ? lengths[At(i + 1, j + 1)] + 1
                    : Math.Max(lengths[At(i + 1, j)], lengths[At(i, j + 1)]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[offset + x].Text == b[offset + y].Text)
            {
                kinds.Add(SegmentKind.Same);
                (x, y) = (x + 1, y + 1);
            }
            else if (y == m || (x < n && lengths[At(x + 1, y)] >= lengths[At(x, y + 1)]))
            {
                kinds.Add(SegmentKind.Deleted);
                x++;
            }
            else
            {
                kinds.Add(SegmentKind.Inserted);
                y++;
            }
        }
    }
}

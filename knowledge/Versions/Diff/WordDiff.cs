using System.Text;

namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>The words that changed between two texts: every word in order, and each edit with its kind.</summary>
public sealed class WordDiff
{
    internal WordDiff(IReadOnlyList<WordOp> ops, IReadOnlyList<WordEdit> edits)
    {
        Ops = ops;
        Edits = edits;
    }

    /// <summary>A diff with nothing in it, for a section added or removed whole.</summary>
    public static WordDiff None { get; } = new([], []);

    /// <summary>Every word and mark of both texts, in reading order, deletions before the insertions that replace them.</summary>
    public IReadOnlyList<WordOp> Ops { get; }

    /// <summary>Each place the wording changed, in order.</summary>
    public IReadOnlyList<WordEdit> Edits { get; }

    /// <summary>True when every edit is editorial.</summary>
    public bool IsEditorial => Edits.All(edit => edit.IsEditorial);

    /// <summary>Runs of words of one kind, for a card to draw: plain, struck through, highlighted.</summary>
    public IReadOnlyList<WordSegment> Segments()
    {
        var segments = new List<WordSegment>();
        var text = new StringBuilder();
        for (var i = 0; i < Ops.Count; i++)
        {
            var op = Ops[i];
            var starts = i == 0 || Ops[i - 1].Kind != op.Kind;
            if (starts && text.Length > 0)
            {
                segments.Add(new WordSegment(Ops[i - 1].Kind, text.ToString(), FirstSpace(i - 1)));
                text.Clear();
            }

            text.Append(!starts && op.SpaceBefore ? " " : string.Empty).Append(op.Token);
        }

        if (text.Length > 0)
        {
            segments.Add(new WordSegment(Ops[^1].Kind, text.ToString(), FirstSpace(Ops.Count - 1)));
        }

        return segments;
    }

    /// <summary>
    /// The diff as one line of text, deletions as [-old-] and insertions as {+new+}, with at most
    /// <paramref name="context"/> unchanged words either side of a change and "…" for the rest.
    /// </summary>
    public string ToText(int context = 6)
    {
        var keep = new bool[Ops.Count];
        for (var i = 0; i < Ops.Count; i++)
        {
            if (Ops[i].Kind == SegmentKind.Same)
            {
                continue;
            }

            for (var j = Math.Max(0, i - context); j <= Math.Min(Ops.Count - 1, i + context); j++)
            {
                keep[j] = true;
            }
        }

        var text = new StringBuilder();
        SegmentKind? open = null;
        var skipped = false;
        for (var i = 0; i < Ops.Count; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }

            var op = Ops[i];
            if (open is not null && open != op.Kind)
            {
                text.Append(Close(open.Value));
                open = null;
            }

            if (skipped && text.Length > 0)
            {
                text.Append(" \u2026");
            }

            text.Append(text.Length > 0 && (op.SpaceBefore || skipped) ? " " : string.Empty);
            if (skipped && text.Length == 0)
            {
                text.Append("\u2026 ");
            }

            skipped = false;
            if (open is null && op.Kind != SegmentKind.Same)
            {
                text.Append(op.Kind == SegmentKind.Deleted ? "[-" : "{+");
                open = op.Kind;
            }

            text.Append(op.Token);
        }

        if (open is not null)
        {
            text.Append(Close(open.Value));
        }

        return skipped ? text.Append(" \u2026").ToString() : text.ToString();
    }

    private static string Close(SegmentKind kind) => kind == SegmentKind.Deleted ? "-]" : "+}";

    // A segment is spaced from the one before as its first word is.
    private bool FirstSpace(int last)
    {
        var first = last;
        while (first > 0 && Ops[first - 1].Kind == Ops[last].Kind)
        {
            first--;
        }

        return first > 0 && Ops[first].SpaceBefore;
    }
}

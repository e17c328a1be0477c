namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>
/// The sentences around each change of a section, old and new: what "what changed?" quotes, rather than the
/// whole section twice. Edits whose sentences touch are quoted together; the policy's lines stay lines.
/// </summary>
public static class WordingExcerpts
{
    public static IReadOnlyList<ChangedWording> Of(SectionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (before, after) = (change.Old?.Text ?? string.Empty, change.New?.Text ?? string.Empty);
        switch (change.Kind)
        {
            case ChangeKind.Added:
                return [new ChangedWording(string.Empty, after)];
            case ChangeKind.Removed:
                return [new ChangedWording(before, string.Empty)];
            case ChangeKind.Moved:
                return [];
        }

        var excerpts = new List<(int OldStart, int OldEnd, int NewStart, int NewEnd)>();
        foreach (var edit in change.Words.Edits)
        {
            var oldWhole = edit.Deleted.Length == 0 && WholeSentences(after, edit.NewStart, edit.NewEnd);
            var newWhole = edit.Inserted.Length == 0 && WholeSentences(before, edit.OldStart, edit.OldEnd);
            var (oldStart, oldEnd) = oldWhole ? (edit.OldStart, edit.OldStart) : Sentence(before, edit.OldStart, edit.OldEnd);
            var (newStart, newEnd) = newWhole ? (edit.NewStart, edit.NewStart) : Sentence(after, edit.NewStart, edit.NewEnd);
            if (excerpts.Count > 0 && excerpts[^1] is var last && (oldStart <= last.OldEnd || newStart <= last.NewEnd))
            {
                excerpts[^1] = (Math.Min(last.OldStart, oldStart), Math.Max(last.OldEnd, oldEnd), Math.Min(last.NewStart, newStart), Math.Max(last.NewEnd, newEnd));
                continue;
            }

            excerpts.Add((oldStart, oldEnd, newStart, newEnd));
        }

        if (excerpts.Count == 0)
        {
            // Same words laid out anew: show the section as it is now.
            return [new ChangedWording(Tidy(before), Tidy(after))];
        }

        return excerpts
            .Select(e => new ChangedWording(Tidy(before[e.OldStart..e.OldEnd]), Tidy(after[e.NewStart..e.NewEnd])))
            .ToList();
    }

    // Whole sentences or lines added (or taken out) have no old (or new) sentence to show beside them.
    private static bool WholeSentences(string text, int start, int end) =>
        end > start && StartsSentence(text, start) && EndsSentence(text, end);

    // From the start of the sentence the span starts in to the end of the one it ends in; a line ends a sentence too.
    private static (int Start, int End) Sentence(string text, int start, int end)
    {
        var from = start;
        while (!StartsSentence(text, from))
        {
            from--;
        }

        var to = end;
        while (!EndsSentence(text, to))
        {
            to++;
        }

        return (from, to);
    }

    private static bool StartsSentence(string text, int at) =>
        at == 0 || text[at - 1] == '\n' || (at > 1 && char.IsWhiteSpace(text[at - 1]) && IsStop(text[at - 2]));

    private static bool EndsSentence(string text, int at) =>
        at == text.Length || text[at] == '\n' || (at > 0 && IsStop(text[at - 1]) && char.IsWhiteSpace(text[at]));

    private static bool IsStop(char c) => c is '.' or '!' or '?';

    private static string Tidy(string text) => text.Trim();
}

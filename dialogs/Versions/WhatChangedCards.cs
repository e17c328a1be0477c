using PolicyBot.Cards;
using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Dialogs.Versions;

/// <summary>Turns a "what changed" answer into its card: each change word by word, within what a Teams card can carry.</summary>
public static class WhatChangedCards
{
    // A card with more than this many changed sections names the rest instead; a policy rewritten
    // wholesale would otherwise pass Teams' message size.
    private const int MaxSections = 8;

    // Lines of one section shown on the card; "Full section" has the rest.
    private const int MaxWording = 6;

    public static WhatChangedCardData ToCard(WhatChangedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shown = answer.Substantive.Take(MaxSections).ToList();
        var left = answer.Substantive.Skip(MaxSections).Select(section => section.Change.New?.Title ?? section.Change.Old!.Title).ToList();
        return new WhatChangedCardData(
            $"{answer.PolicyTitle} \u00B7 {answer.To.Label}",
            answer.Summary,
            shown.Select(section => Section(answer, section)).ToList(),
            left.Count == 0 ? null : $"Also changed: {string.Join(", ", left)}. Ask about one of them to see how.",
            answer.Editorial.Select(section => $"{section.Path}: {section.EditorialSummary}").ToList(),
            answer.Source,
            answer.ToPlainText());
    }

    private static ChangedSectionCardData Section(WhatChangedAnswer answer, ChangedSection section)
    {
        var wording = section.Wording.SelectMany(Rows).ToList();
        var more = wording.Count - MaxWording;
        return new ChangedSectionCardData(
            section.Heading,
            section.Path,
            section.OldPath is null ? null : $"Was: {section.OldPath}",
            wording.Take(MaxWording).ToList(),
            more <= 0 ? null : section.Change.New is null ? $"{more} more lines, as {answer.From?.Label} had them." : $"{more} more lines: see the full section.",
            answer.PolicyId,
            section.Change.New?.Id);
    }

    // Old and new wording side by side, words taken out and put in marked; whole new (or removed) text a line a row, unmarked.
    private static IEnumerable<ChangedWordingCardData> Rows(ChangedWording wording)
    {
        if (wording.Was.Length == 0 || wording.Now.Length == 0)
        {
            foreach (var line in (wording.Was.Length == 0 ? wording.Now : wording.Was).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                TextRunCardData[] run = [new(line, false, false)];
                yield return wording.Was.Length == 0 ? new ChangedWordingCardData([], run) : new ChangedWordingCardData(run, []);
            }

            yield break;
        }

        var segments = WordDiffer.Diff(wording.Was, wording.Now).Segments();
        yield return new ChangedWordingCardData(Runs(segments, SegmentKind.Deleted), Runs(segments, SegmentKind.Inserted));
    }

    private static List<TextRunCardData> Runs(IReadOnlyList<WordSegment> segments, SegmentKind changed)
    {
        var runs = new List<TextRunCardData>();
        foreach (var segment in segments.Where(s => s.Kind == SegmentKind.Same || s.Kind == changed))
        {
            var text = (runs.Count > 0 && segment.SpaceBefore ? " " : string.Empty) + segment.Text;
            runs.Add(new TextRunCardData(text, segment.Kind == SegmentKind.Deleted, segment.Kind == SegmentKind.Inserted));
        }

        return runs;
    }
}

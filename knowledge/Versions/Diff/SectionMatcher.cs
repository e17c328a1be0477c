namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>
/// Pairs the sections of two versions: by id first, then a section whose words moved whole under another
/// heading, then the most alike by words and heading, so a renamed or moved section is a change, not a
/// removal and an addition.
/// </summary>
internal static class SectionMatcher
{
    // Share of a pair's likeness that comes from the text; the rest from the headings.
    private const double TextShare = 0.8;

    // Below this likeness two sections are different sections: one removed, one added.
    private const double MinLikeness = 0.5;

    /// <summary>Pairs of (old, new) indexes; an old section with no partner was removed, a new one added.</summary>
    public static Dictionary<int, int> Match(IReadOnlyList<SectionVersion> before, IReadOnlyList<SectionVersion> after)
    {
        var pairs = new Dictionary<int, int>();
        var taken = new HashSet<int>();
        var byId = after.Select((section, index) => (section.Id, index)).ToLookup(s => s.Id, s => s.index, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < before.Count; i++)
        {
            var match = byId[before[i].Id].FirstOrDefault(j => !taken.Contains(j), -1);
            if (match >= 0)
            {
                pairs[i] = match;
                taken.Add(match);
            }
        }

        var candidates = new List<(int Old, int New, double Likeness)>();
        for (var i = 0; i < before.Count; i++)
        {
            if (pairs.ContainsKey(i))
            {
                continue;
            }

            for (var j = 0; j < after.Count; j++)
            {
                if (!taken.Contains(j) && Likeness(before[i], after[j]) is var likeness and >= MinLikeness)
                {
                    candidates.Add((i, j, likeness));
                }
            }
        }

        // Most alike first; ties to the earlier sections, so the result does not depend on dictionary order.
        foreach (var (i, j, _) in candidates.OrderByDescending(c => c.Likeness).ThenBy(c => c.Old).ThenBy(c => c.New))
        {
            if (!pairs.ContainsKey(i) && taken.Add(j))
            {
                pairs[i] = j;
            }
        }

        return pairs;
    }

    // Identical words are the same section whatever its heading; headings alone match only headings alone.
    private static double Likeness(SectionVersion before, SectionVersion after)
    {
        if (before.HasText != after.HasText)
        {
            return 0;
        }

        var title = Overlap(Words(before.Title), Words(after.Title));
        if (!before.HasText)
        {
            return title;
        }

        return before.Hash == after.Hash ? 1 : (TextShare * Overlap(Words(before.Text), Words(after.Text))) + ((1 - TextShare) * title);
    }

    private static HashSet<string> Words(string text) =>
        WordToken.Split(text).Where(token => char.IsLetterOrDigit(token.Text[0])).Select(token => token.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // Jaccard: shared words over all words of either.
    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}

namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>Compares two versions of a policy section by section.</summary>
public static class PolicyDiffer
{
    public static PolicyDiff Compare(PolicyVersion from, PolicyVersion to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.PolicyId != to.PolicyId)
        {
            throw new ArgumentException($"'{from.PolicyId}' and '{to.PolicyId}' are different policies.", nameof(to));
        }

        var (before, after) = (from.Sections, to.Sections);
        var pairs = SectionMatcher.Match(before, after);
        var partnerOf = pairs.ToDictionary(pair => pair.Value, pair => pair.Key);
        var changes = new List<SectionChange>();
        var nextOld = 0;
        for (var j = 0; j < after.Count; j++)
        {
            if (!partnerOf.TryGetValue(j, out var i))
            {
                changes.Add(new SectionChange(ChangeKind.Added, null, after[j], WordDiff.None, ChangeSignificance.Substantive));
                continue;
            }

            // Sections removed before this one's old place are told where they were.
            for (; nextOld <= i; nextOld++)
            {
                if (!pairs.ContainsKey(nextOld))
                {
                    changes.Add(Removed(before[nextOld]));
                }
            }

            if (Compare(before[i], after[j]) is { } change)
            {
                changes.Add(change);
            }
        }

        for (; nextOld < before.Count; nextOld++)
        {
            if (!pairs.ContainsKey(nextOld))
            {
                changes.Add(Removed(before[nextOld]));
            }
        }

        return new PolicyDiff(from, to, changes);
    }

    private static SectionChange Removed(SectionVersion section) =>
        new(ChangeKind.Removed, section, null, WordDiff.None, ChangeSignificance.Substantive);

    // A new heading over the same words is editorial: the rule reads as it did.
    private static SectionChange? Compare(SectionVersion before, SectionVersion after)
    {
        if (before.Hash == after.Hash)
        {
            return before.Path == after.Path
                ? null
                : new SectionChange(ChangeKind.Moved, before, after, WordDiff.None, ChangeSignificance.Editorial);
        }

        var words = WordDiffer.Diff(before.Text, after.Text);
        return new SectionChange(ChangeKind.Reworded, before, after, words, words.IsEditorial ? ChangeSignificance.Editorial : ChangeSignificance.Substantive);
    }
}

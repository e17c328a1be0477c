using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Versions;

/// <summary>Writes the answer to "what changed in this policy?" from two versions, or says there is only one.</summary>
public static class WhatChangedComposer
{
    /// <summary>
    /// The answer to a question about a policy's history: the version asked for (else the latest) against the
    /// one asked from (else the one before it).
    /// </summary>
    public static WhatChangedAnswer Answer(PolicyHistory history, WhatChangedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(question);
        var latest = history.Latest ?? throw new ArgumentException("The policy has no versions yet.", nameof(history));
        var to = question.ToVersion is { } number ? history.Find(number) ?? latest : latest;
        var from = question.FromVersion is { } since && since < to.Number ? history.Find(since) : null;
        from ??= history.Before(to);
        return from is null ? OnlyVersion(to) : Compose(PolicyDiffer.Compare(from, to));
    }

    /// <summary>What changed from <see cref="PolicyDiff.From"/> to <see cref="PolicyDiff.To"/>.</summary>
    public static WhatChangedAnswer Compose(PolicyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var sections = diff.Changes.Select(change => new ChangedSection(change, WordingExcerpts.Of(change))).ToList();
        var substantive = sections.Where(s => s.Change.IsSubstantive).ToList();
        var editorial = sections.Where(s => !s.Change.IsSubstantive).ToList();
        var (from, to) = (VersionLabel.Bracketed(diff.From), VersionLabel.Bracketed(diff.To));
        var summary = sections.Count == 0
            ? $"The {diff.To.Title} {to} says the same as {from} in every section; only its document details changed."
            : $"The {diff.To.Title} changed from {from} to {to}: {Counts(diff.Changes)}"
                + (editorial.Count > 0 ? $"; {editorial.Count} of the {sections.Count} changes are editorial only." : ".");
        return new WhatChangedAnswer(diff.To.PolicyId, diff.To.Title, diff.From, diff.To, summary, substantive, editorial);
    }

    /// <summary>The answer when PolicyBot has seen only one version of the policy.</summary>
    public static WhatChangedAnswer OnlyVersion(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var summary = $"I know only one version of the {version.Title} ({version.Label}), so I can't say what changed in it. I keep each new version when the policy file is replaced.";
        return new WhatChangedAnswer(version.PolicyId, version.Title, null, version, summary, [], []);
    }

    // "1 section added, 1 removed, 6 reworded, 1 renamed".
    private static string Counts(IReadOnlyList<SectionChange> changes)
    {
        var parts = new List<string>();
        foreach (var (kind, word) in new[] { (ChangeKind.Added, "added"), (ChangeKind.Removed, "removed"), (ChangeKind.Reworded, "reworded"), (ChangeKind.Moved, "renamed") })
        {
            var count = changes.Count(change => change.Kind == kind);
            if (count > 0)
            {
                parts.Add(parts.Count == 0 ? $"{count} {(count == 1 ? "section" : "sections")} {word}" : $"{count} {word}");
            }
        }

        return string.Join(", ", parts);
    }
}

namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>A clause looked up in a version of its policy: how it reads now, and the section it is now in.</summary>
/// <param name="Status">Unchanged, moved, changed or removed.</param>
/// <param name="Section">The section now (for a moved clause, where its words went); null when removed.</param>
public sealed record ClauseCheck(ClauseStatus Status, SectionVersion? Section)
{
    /// <summary>True when the clause reads as it did, wherever it is: an answer interpreting it still holds.</summary>
    public bool Holds => Status is ClauseStatus.Unchanged or ClauseStatus.Moved;

    /// <summary>Finds the clause in <paramref name="version"/>: by its id and hash, then by its hash alone, then by its id.</summary>
    public static ClauseCheck Of(ClauseReference clause, PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(version);
        if (!string.Equals(clause.PolicyId, version.PolicyId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The clause is in '{clause.PolicyId}', not '{version.PolicyId}'.", nameof(version));
        }

        var byId = version.FindSection(clause.SectionId);
        if (byId is not null && byId.Hash == clause.SectionHash)
        {
            return new ClauseCheck(ClauseStatus.Unchanged, byId);
        }

        // Only sections with words share a hash meaningfully: every bare heading hashes alike.
        var sameWords = version.Sections.Where(section => section.HasText && section.Hash == clause.SectionHash).ToList();
        if (sameWords.Count == 1)
        {
            return new ClauseCheck(ClauseStatus.Moved, sameWords[0]);
        }

        return byId is not null ? new ClauseCheck(ClauseStatus.Changed, byId) : new ClauseCheck(ClauseStatus.Removed, null);
    }
}

namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>What changed, section by section, from one version of a policy to another.</summary>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="Changes">Each section that differs, in the new version's order (removed ones where they were).</param>
public sealed record PolicyDiff(PolicyVersion From, PolicyVersion To, IReadOnlyList<SectionChange> Changes)
{
    public IEnumerable<SectionChange> Added => Changes.Where(change => change.Kind == ChangeKind.Added);

    public IEnumerable<SectionChange> Removed => Changes.Where(change => change.Kind == ChangeKind.Removed);

    public IEnumerable<SectionChange> Reworded => Changes.Where(change => change.Kind == ChangeKind.Reworded);

    /// <summary>True when some change is more than editorial.</summary>
    public bool IsSubstantive => Changes.Any(change => change.IsSubstantive);

    /// <summary>
    /// The changes to a section of the old version and everything below it, or to what took its place: what
    /// a reader of that section (a shared card's topic) would need to know.
    /// </summary>
    public IReadOnlyList<SectionChange> Within(string oldSectionId)
    {
        ArgumentNullException.ThrowIfNull(oldSectionId);
        var newId = Changes.FirstOrDefault(change => change.Old is { } old && Same(old.Id, oldSectionId))?.New?.Id ?? oldSectionId;
        return Changes
            .Where(change => (change.Old is { } old && Under(old.Id, oldSectionId)) || (change.New is { } now && Under(now.Id, newId)))
            .ToList();
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Under(string id, string root) =>
        Same(id, root) || id.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase);
}

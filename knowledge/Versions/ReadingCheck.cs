using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Versions;

/// <summary>
/// Decides whether an acknowledgement of a part of a policy (a section and everything below it) still holds:
/// it does unless a later version changed that part substantively, and the Communications team did not mark
/// that version as needing no re-acknowledgement. Editorial changes never ask anyone to read again.
/// </summary>
public static class ReadingCheck
{
    /// <param name="history">The policy's versions.</param>
    /// <param name="sectionId">The part read: the id of its top section in the version read.</param>
    /// <param name="readVersion">The version acknowledged.</param>
    /// <param name="waivedVersions">Versions marked as needing no re-acknowledgement.</param>
    public static ReadStatus Of(PolicyHistory history, string sectionId, int readVersion, IReadOnlySet<int> waivedVersions)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(sectionId);
        ArgumentNullException.ThrowIfNull(waivedVersions);
        var current = history.Latest ?? throw new ArgumentException("The policy has no versions.", nameof(history));
        var read = history.Find(readVersion) ?? throw new ArgumentException($"There is no version {readVersion} of '{current.PolicyId}'.", nameof(readVersion));
        if (read.Number == current.Number)
        {
            return new ReadStatus(read.Number, current.Number, false, []);
        }

        // Step by step, so a version marked as needing no re-acknowledgement excuses only its own changes, and
        // the part is followed through renames.
        var needsReading = false;
        var id = sectionId;
        var since = history.Versions.Where(v => v.Number >= read.Number).ToList();
        foreach (var (from, to) in since.Zip(since.Skip(1)))
        {
            var step = PolicyDiffer.Compare(from, to);
            needsReading |= !waivedVersions.Contains(to.Number) && step.Within(id).Any(change => change.IsSubstantive);
            id = step.Changes.FirstOrDefault(change => change.Old?.Id == id)?.New?.Id ?? id;
        }

        return new ReadStatus(read.Number, current.Number, needsReading, PolicyDiffer.Compare(read, current).Within(sectionId));
    }
}

using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Versions;

/// <summary>Whether someone's reading of a part of a policy still holds in the version in force.</summary>
/// <param name="ReadVersion">The version they acknowledged.</param>
/// <param name="CurrentVersion">The version in force.</param>
/// <param name="NeedsReading">True when the part changed substantively since, in a version not marked as needing no re-acknowledgement.</param>
/// <param name="Changes">Every change to the part from the version read to the one in force, editorial ones included: what "what changed" shows them.</param>
public sealed record ReadStatus(int ReadVersion, int CurrentVersion, bool NeedsReading, IReadOnlyList<SectionChange> Changes)
{
    /// <summary>True when they read the version in force itself.</summary>
    public bool ReadCurrent => ReadVersion == CurrentVersion;
}

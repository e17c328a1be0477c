using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Versions;

/// <summary>The versions of one policy PolicyBot has seen, oldest first.</summary>
public sealed class PolicyHistory
{
    public PolicyHistory(IEnumerable<PolicyVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Versions = versions.OrderBy(version => version.Number).ToList();
        if (Versions.Select(version => version.PolicyId).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new ArgumentException("A history holds the versions of one policy.", nameof(versions));
        }
    }

    public IReadOnlyList<PolicyVersion> Versions { get; }

    /// <summary>The version in force, or null before the policy was first seen.</summary>
    public PolicyVersion? Latest => Versions.Count > 0 ? Versions[^1] : null;

    /// <summary>True once the policy has changed at least once.</summary>
    public bool HasEarlierVersions => Versions.Count > 1;

    /// <summary>The version with this number, or null.</summary>
    public PolicyVersion? Find(int number) => Versions.FirstOrDefault(version => version.Number == number);

    /// <summary>The version before this one, or null for the first.</summary>
    public PolicyVersion? Before(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Versions.LastOrDefault(earlier => earlier.Number < version.Number);
    }

    /// <summary>
    /// The version a loaded document is: the latest when its text is unchanged (a reload, a restart), else a new
    /// version numbered one on. A document put back to an older text is a new version too: it took effect again.
    /// </summary>
    public PolicyVersion Next(PolicyDocument document, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Latest is { } latest && latest.Hash == ContentHash.Of(document))
        {
            return latest;
        }

        return PolicyVersion.Of(document, (Latest?.Number ?? 0) + 1, time);
    }
}

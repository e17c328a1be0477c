using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// Who has read a shared card's part of the policy, version by version: each person's latest acknowledgement
/// and whether it still holds in the version in force, and what changed in that part since the card was shared.
/// </summary>
public sealed class ShareReadings
{
    private ShareReadings(int currentVersion, IReadOnlyDictionary<string, ReaderState> readers, IReadOnlyList<SectionChange> sinceShared, PolicyVersion? current)
    {
        CurrentVersion = currentVersion;
        Readers = readers;
        SinceShared = sinceShared;
        Current = current;
    }

    /// <summary>The version in force.</summary>
    public int CurrentVersion { get; }

    public PolicyVersion? Current { get; }

    /// <summary>Each person who has acknowledged any version, by user id.</summary>
    public IReadOnlyDictionary<string, ReaderState> Readers { get; }

    /// <summary>The changes to the card's part since the version it was shared from, editorial ones included.</summary>
    public IReadOnlyList<SectionChange> SinceShared { get; }

    /// <summary>True when the part changed substantively since the card was shared.</summary>
    public bool ChangedSinceShared => SinceShared.Any(change => change.IsSubstantive);

    /// <param name="share">The shared card.</param>
    /// <param name="sectionId">The id of the card's top section when it was shared.</param>
    /// <param name="acknowledgements">Every acknowledgement of the card, each version apart.</param>
    /// <param name="history">The policy's versions.</param>
    /// <param name="waived">Versions marked as needing no re-acknowledgement.</param>
    public static ShareReadings Of(ShareRecord share, string sectionId, IReadOnlyList<Acknowledgement> acknowledgements, PolicyHistory history, IReadOnlySet<int> waived)
    {
        ArgumentNullException.ThrowIfNull(share);
        ArgumentNullException.ThrowIfNull(acknowledgements);
        ArgumentNullException.ThrowIfNull(history);
        var current = history.Latest;
        if (current is null || history.Find(share.Version) is null)
        {
            // No versions recorded yet (or the share predates them): everyone's reading holds as it did before.
            var plain = acknowledgements.GroupBy(a => a.UserId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(a => a.At).Select(a => new ReaderState(a.UserId, a.UserName, a.Version, a.At, true)).Last(), StringComparer.Ordinal);
            return new ShareReadings(current?.Number ?? share.Version, plain, [], current);
        }

        // One check per version read, not per person.
        var holds = new Dictionary<int, bool>();
        bool Holds(int version) => holds.TryGetValue(version, out var known)
            ? known
            : holds[version] = history.Find(version) is null || !ReadingCheck.Of(history, sectionId, version, waived).NeedsReading;
        var readers = acknowledgements
            .GroupBy(a => a.UserId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(a => a.Version).ThenBy(a => a.At).Last())
            .ToDictionary(a => a.UserId, a => new ReaderState(a.UserId, a.UserName, a.Version, a.At, Holds(a.Version)), StringComparer.Ordinal);
        var since = ReadingCheck.Of(history, sectionId, share.Version, new HashSet<int>()).Changes;
        return new ShareReadings(current.Number, readers, since, current);
    }
}

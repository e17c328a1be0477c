using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Versions;

/// <summary>Every loaded policy's versions, as recorded for one load of the knowledge folder.</summary>
public sealed class VersionCatalog(IReadOnlyDictionary<string, PolicyHistory> histories, IReadOnlyList<PolicyVersion>? recorded = null)
{
    public static VersionCatalog Empty { get; } = new(new Dictionary<string, PolicyHistory>());

    /// <summary>The versions this load of the knowledge folder recorded: new text since the last load, by this instance.</summary>
    public IReadOnlyList<PolicyVersion> Recorded { get; } = recorded ?? [];

    /// <summary>The policy's versions, oldest first; empty when it has none recorded.</summary>
    public PolicyHistory History(string policyId) =>
        histories.TryGetValue(policyId, out var history) ? history : new PolicyHistory([]);

    /// <summary>The version in force, or null.</summary>
    public PolicyVersion? Current(string policyId) => History(policyId).Latest;

    /// <summary>"Quoted from the Social Media Policy, version 2, effective 1 March 2027." once a cited policy has changed; else null.</summary>
    public string? NoteFor(IEnumerable<string> citedPolicyIds) => VersionNote.For(citedPolicyIds, id => histories.GetValueOrDefault(id));
}

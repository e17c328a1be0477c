namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>The policy clause an approved answer interprets, as it read when the answer was approved.</summary>
/// <param name="PolicyId">The policy's id.</param>
/// <param name="PolicyTitle">The policy's title.</param>
/// <param name="SectionId">The section's id (updated when the same words move to another heading).</param>
/// <param name="SectionPath">The section's heading path.</param>
/// <param name="SectionTitle">The section's heading, as the answer's label names it.</param>
/// <param name="SectionHash">The section's content hash at approval: when it differs, the answer expires.</param>
/// <param name="VersionNumber">The policy version the answer was approved against.</param>
public sealed record ClauseReference(string PolicyId, string PolicyTitle, string SectionId, string SectionPath, string SectionTitle, string SectionHash, int VersionNumber)
{
    /// <summary>The clause as this version of the policy has it.</summary>
    public static ClauseReference In(PolicyVersion version, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(version);
        var section = version.FindSection(sectionId) ?? throw new ArgumentException($"Version {version.Number} of '{version.PolicyId}' has no section '{sectionId}'.", nameof(sectionId));
        if (!section.HasText)
        {
            throw new ArgumentException($"'{section.Path}' is a heading with no words of its own; pick the section below it that the answer interprets.", nameof(sectionId));
        }

        return new ClauseReference(version.PolicyId, version.Title, section.Id, section.Path, section.Title, section.Hash, version.Number);
    }
}

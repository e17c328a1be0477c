using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Versions;

/// <summary>One version of a policy: the hash of its text, when it took effect, and its sections.</summary>
/// <param name="PolicyId">The policy's id (its file name).</param>
/// <param name="Title">The policy's title in this version.</param>
/// <param name="Number">1 for the first version PolicyBot saw, then one more for each change of text.</param>
/// <param name="Hash">The document's <see cref="ContentHash"/>: reloading identical text gives the same hash.</param>
/// <param name="EffectiveDate">When this version took effect: as the document states it, else the day it was first seen.</param>
/// <param name="EffectiveFrom">Which of the two <paramref name="EffectiveDate"/> is.</param>
/// <param name="FirstSeen">When PolicyBot first loaded this text.</param>
/// <param name="Sections">Every section, in document order.</param>
public sealed record PolicyVersion(
    string PolicyId,
    string Title,
    int Number,
    string Hash,
    DateOnly EffectiveDate,
    EffectiveDateSource EffectiveFrom,
    DateTimeOffset FirstSeen,
    IReadOnlyList<SectionVersion> Sections)
{
    /// <summary>"version 2, effective 1 March 2027", as answers cite it.</summary>
    public string Label => VersionLabel.Of(this);

    /// <summary>The section with this id in this version, or null.</summary>
    public SectionVersion? FindSection(string sectionId) =>
        Sections.FirstOrDefault(section => string.Equals(section.Id, sectionId, StringComparison.OrdinalIgnoreCase));

    /// <summary>A parsed policy as version <paramref name="number"/>, first seen now.</summary>
    public static PolicyVersion Of(PolicyDocument document, int number, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var stated = ReviewDates.FirstDay(document.Metadata.EffectiveDate);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return new PolicyVersion(
            document.Id,
            document.Title,
            number,
            ContentHash.Of(document),
            stated ?? today,
            stated is null ? EffectiveDateSource.FirstSeen : EffectiveDateSource.Stated,
            time.GetUtcNow(),
            document.AllSections().Select(SectionVersion.Of).ToList());
    }
}

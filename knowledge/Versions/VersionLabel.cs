using System.Globalization;

namespace PolicyBot.Knowledge.Versions;

/// <summary>How answers name a version: "version 2, effective 1 March 2027".</summary>
public static class VersionLabel
{
    /// <summary>The version's number and effective date; a date the document does not state is said to be when it came into use.</summary>
    public static string Of(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var date = Date(version.EffectiveDate);
        return version.EffectiveFrom == EffectiveDateSource.Stated
            ? $"version {version.Number}, effective {date}"
            : $"version {version.Number}, in use from {date}";
    }

    /// <summary>"version 2 (effective 1 March 2027)", for a sentence that names two versions.</summary>
    public static string Bracketed(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var label = Of(version);
        var comma = label.IndexOf(", ", StringComparison.Ordinal);
        return $"{label[..comma]} ({label[(comma + 2)..]})";
    }

    /// <summary>A date as answers write it: "1 March 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

using System.Text;

namespace PolicyBot.Knowledge.Versions;

/// <summary>The answer to "what changed in this policy?": the changed sections with their old and new wording, cited to the version.</summary>
/// <param name="PolicyId">The policy's id.</param>
/// <param name="PolicyTitle">The policy's title in the newer version.</param>
/// <param name="From">The version compared from; null when PolicyBot knows only one version.</param>
/// <param name="To">The version described.</param>
/// <param name="Summary">One sentence: which versions, and how many sections changed how.</param>
/// <param name="Substantive">Changes a reader must know, in the policy's order.</param>
/// <param name="Editorial">Changes of spelling, punctuation, case, layout or headings only.</param>
public sealed record WhatChangedAnswer(
    string PolicyId,
    string PolicyTitle,
    PolicyVersion? From,
    PolicyVersion To,
    string Summary,
    IReadOnlyList<ChangedSection> Substantive,
    IReadOnlyList<ChangedSection> Editorial)
{
    /// <summary>"Social Media Policy, version 2, effective 1 March 2027": what the answer quotes.</summary>
    public string Citation => $"{PolicyTitle}, {To.Label}";

    /// <summary>"Source: Social Media Policy, version 2, effective 1 March 2027, compared with version 1, ...".</summary>
    public string Source => From is null ? $"Source: {Citation}." : $"Source: {Citation}, compared with {From.Label}.";

    /// <summary>The whole answer as text: summary, each change with its wording, the editorial ones in a line each, the source.</summary>
    public string ToPlainText()
    {
        var text = new StringBuilder(Summary);
        foreach (var section in Substantive)
        {
            text.AppendLine().AppendLine();
            text.Append(section.Heading).Append(": ").Append(section.Path);
            if (section.OldPath is { } oldPath)
            {
                text.Append(" (was ").Append(oldPath).Append(')');
            }

            // A sentence only in the new version is "New", not "Now" beside nothing.
            foreach (var wording in section.Wording)
            {
                AppendQuote(text, "Was", wording.Was);
                AppendQuote(text, wording.Was.Length == 0 ? "New" : "Now", wording.Now);
            }
        }

        if (Editorial.Count > 0)
        {
            text.AppendLine().AppendLine().Append("Editorial only, nothing to re-learn:");
            foreach (var section in Editorial)
            {
                text.AppendLine().Append("- ").Append(section.Path).Append(": ").Append(section.EditorialSummary);
            }
        }

        return text.AppendLine().AppendLine().Append(Source).ToString();
    }

    private static void AppendQuote(StringBuilder text, string label, string wording)
    {
        foreach (var line in wording.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            text.AppendLine().Append("  ").Append(label).Append(": \u201c").Append(line).Append('\u201d');
        }
    }
}

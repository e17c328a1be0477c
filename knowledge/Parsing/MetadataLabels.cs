namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// The labels document-control blocks use ("Owner", "Approved by", "Version", "Review date"), so a details table
/// or front matter can be told from a table of content.
/// </summary>
internal static class MetadataLabels
{
    private const int MaxLength = 40;

    // Parts of labels that only document details use. Matched against whole words or their starts, so "Approved
    // by", "Approval date" and "Approver" all count.
    private static readonly string[] Stems =
    [
        "owner", "approv", "author", "version", "review", "effective", "commence", "issue", "publish", "date",
        "status", "classification", "sponsor", "custodian", "prepared", "updated", "amended", "document", "reference",
        "policy number", "policy id", "contact", "responsible", "accountable",
    ];

    /// <summary>True when <paramref name="label"/> names a document detail.</summary>
    public static bool IsDocumentControl(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = label.Trim().TrimEnd(':').Trim();
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        var lower = " " + text.ToLowerInvariant();
        return Stems.Any(stem => lower.Contains(" " + stem, StringComparison.Ordinal));
    }

    /// <summary>"approved_by", "next-review" or "effectiveDate" as a label: "Approved by", "Next review", "Effective date".</summary>
    public static string FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var words = new System.Text.StringBuilder(key.Length + 4);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '_' or '-' or ' ')
            {
                words.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && char.IsLower(key[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(i == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

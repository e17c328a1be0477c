namespace PolicyBot.Knowledge.Documents;

/// <summary>The document-control fields at the top of a policy.</summary>
/// <param name="Fields">Every "Label: value" field, in document order, labels as written without the colon.</param>
public sealed record PolicyMetadata(IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string? LastReviewDate => Find("last review", "last reviewed", "reviewed");

    public string? NextReviewDate => Find("next review", "review due", "review by", "review date", "scheduled review");

    public string? ApprovedBy => Find("approved by", "approver", "approved");

    public string? Owner => Find("owner", "policy owner", "document owner", "business owner");

    public string? Version => Find("version", "document version", "policy version");

    /// <summary>When the policy took effect, as the document states it.</summary>
    public string? EffectiveDate => Find("effective", "date effective", "commencement", "date of effect", "in force from");

    /// <summary>The first day after the month named by the next review date, or null when there is none.</summary>
    public DateOnly? ReviewOverdueFrom => ReviewDates.FirstDayAfter(NextReviewDate);

    private string? Find(params string[] labels)
    {
        foreach (var label in labels)
        {
            foreach (var (key, value) in Fields)
            {
                if (key.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        return null;
    }
}

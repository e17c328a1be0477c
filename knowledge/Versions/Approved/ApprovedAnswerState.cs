namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>Whether an approved answer may be shown.</summary>
public enum ApprovedAnswerState
{
    /// <summary>Shown for matching questions while its clause reads as it did when approved.</summary>
    Current,

    /// <summary>Its clause changed or went: back with its team for review, not shown.</summary>
    Expired,

    /// <summary>Withdrawn by its team, not shown.</summary>
    Retired,
}

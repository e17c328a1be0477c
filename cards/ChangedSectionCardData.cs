namespace PolicyBot.Cards;

/// <summary>One changed section on a "what changed" card.</summary>
/// <param name="Heading">"Reworded", "Added", "Removed", "Renamed and reworded".</param>
/// <param name="Path">The section's heading path now (or when removed).</param>
/// <param name="OldPath">"Was: Requirements and responsibilities" when renamed, else null.</param>
/// <param name="Wording">The changed sentences or lines.</param>
/// <param name="More">"3 more lines: Full section", when lines were left off the card; else null.</param>
/// <param name="PolicyId">The policy, for the Full section button.</param>
/// <param name="SectionId">The section's id now, for the Full section button; null when it was removed.</param>
public sealed record ChangedSectionCardData(
    string Heading,
    string Path,
    string? OldPath,
    IReadOnlyList<ChangedWordingCardData> Wording,
    string? More,
    string PolicyId,
    string? SectionId)
{
    public string Title => $"{Heading}: {Path}";

    public bool CanReadSection => SectionId is not null;
}

namespace PolicyBot.Knowledge.Documents;

/// <summary>A parsed policy: title, document-control metadata and its section tree.</summary>
public sealed class PolicyDocument
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Lines above the title, such as "Corporate Policy".</summary>
    public string? Kicker { get; init; }

    public required PolicyMetadata Metadata { get; init; }

    public required IReadOnlyList<PolicySection> Sections { get; init; }

    public IEnumerable<PolicySection> AllSections() => Sections.SelectMany(section => section.SelfAndDescendants());

    public PolicySection? FindSection(string idOrPath) =>
        AllSections().FirstOrDefault(section =>
            string.Equals(section.Id, idOrPath, StringComparison.OrdinalIgnoreCase)
            || string.Equals(section.Path, idOrPath, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the policy's next review date has passed on <paramref name="today"/>.</summary>
    public bool IsPastReview(DateOnly today) => Metadata.ReviewOverdueFrom is { } overdue && today >= overdue;
}

namespace PolicyBot.Cards;

/// <summary>A whole policy section: its paragraphs and bullets as text, its table rows as facts.</summary>
public sealed record SectionCardData(
    string PolicyTitle,
    string SectionPath,
    IReadOnlyList<SectionText> Blocks,
    IReadOnlyList<SectionFact> Facts,
    string? Subsections,
    string? ReviewNote)
{
    public string FallbackText => $"{PolicyTitle} > {SectionPath}{Environment.NewLine}{string.Join(Environment.NewLine, Blocks.Select(b => b.Text))}";
}

/// <summary>A paragraph, or a bullet written as "- text".</summary>
public sealed record SectionText(string Text);

/// <summary>A table row: its first cell and the rest.</summary>
public sealed record SectionFact(string Title, string Value);

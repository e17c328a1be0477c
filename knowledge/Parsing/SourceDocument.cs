using System.Globalization;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>What a reader took from one policy file, before the title, details and sections are decided.</summary>
/// <param name="Blocks">Paragraphs, bullets, table rows and headings in reading order.</param>
/// <param name="MarkedHeadings">
/// True when the file marks its own headings and their levels (Markdown "#", Word heading styles, a PDF outline
/// or font sizes); false for plain-text exports, whose headings are inferred from the shape of the text.
/// </param>
internal sealed record SourceDocument(IReadOnlyList<RawBlock> Blocks, bool MarkedHeadings)
{
    /// <summary>The title the file's properties or front matter give, used when the text shows none.</summary>
    public string? Title { get; init; }

    /// <summary>Details stated outside the text (front matter) that come before the text's own fields.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> LeadingFields { get; init; } = [];

    /// <summary>Details from the file's properties (author, last modified), kept when the text does not state them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FileProperties { get; init; } = [];

    /// <summary>The author and last-modified date a file's properties give, as document details.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> PropertiesOf(string? author, DateTime? modified)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrWhiteSpace(author))
        {
            fields.Add(new("Author", author.Trim()));
        }

        if (modified is { } date)
        {
            fields.Add(new("Last modified", date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)));
        }

        return fields;
    }
}

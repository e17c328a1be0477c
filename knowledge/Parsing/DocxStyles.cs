using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// What a Word document's paragraph styles mean for its structure: which are headings and at what level, which
/// are list items, which belong to a table of contents. Styles are read from the styles part and followed
/// through "based on", so a custom "Policy Heading" based on "Heading 2" is a level-2 heading.
/// </summary>
internal sealed partial class DocxStyles
{
    // Word writes outline level 9 for body text; 0-8 are heading levels 1-9.
    private const int BodyTextOutline = 9;
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> _styles;
    private readonly string? _defaultId;

    private DocxStyles(Dictionary<string, Style> styles, string? defaultId)
    {
        _styles = styles;
        _defaultId = defaultId;
    }

    public static DocxStyles From(Styles? styles)
    {
        var byId = new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        string? defaultId = null;
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id || style.Type?.Value != StyleValues.Paragraph)
            {
                continue;
            }

            byId.TryAdd(id, style);
            if (style.Default?.Value == true)
            {
                defaultId = id;
            }
        }

        return new DocxStyles(byId, defaultId);
    }

    /// <summary>0 for a title, 1-9 for a heading level, null for body text.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);

        // An outline level set on the paragraph itself overrides its style, either way.
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } own)
        {
            return own < BodyTextOutline ? own + 1 : null;
        }

        foreach (var style in Chain(StyleId(paragraph)))
        {
            var name = Name(style);
            if (name == "subtitle")
            {
                // Templates often base Subtitle on Title; it is a line under the title, not a second title.
                return null;
            }

            if (name == "title")
            {
                return 0;
            }

            if (HeadingName().Match(name) is { Success: true } heading)
            {
                return int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < BodyTextOutline ? level + 1 : null;
            }
        }

        return null;
    }

    /// <summary>True for a bulleted or numbered list item, by its own numbering or its style's.</summary>
    public bool IsListItem(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.ParagraphProperties?.NumberingProperties is { } numbering)
        {
            // Numbering id 0 is how Word switches off the numbering a style would give.
            return numbering.NumberingId?.Val?.Value is not 0;
        }

        return Chain(StyleId(paragraph)).Any(style =>
            style.StyleParagraphProperties?.NumberingProperties is not null || Name(style).StartsWith("list", StringComparison.Ordinal));
    }

    /// <summary>True for the entries and heading of a generated table of contents, which repeat the headings.</summary>
    public bool IsTableOfContents(Paragraph paragraph) =>
        Chain(StyleId(paragraph)).Take(1).Any(style => Name(style).StartsWith("toc ", StringComparison.Ordinal) || Name(style) == "toc heading");

    private string? StyleId(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultId;

    private IEnumerable<Style> Chain(string? id)
    {
        for (var depth = 0; id is not null && depth < MaxChain && _styles.TryGetValue(id, out var style); depth++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    // Built-in styles keep their English names in the file ("heading 1") whatever language Word shows them in.
    private static string Name(Style style) => (style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? string.Empty).Trim().ToLowerInvariant();

    [GeneratedRegex(@"^heading\s*([1-9])$")]
    private static partial Regex HeadingName();
}

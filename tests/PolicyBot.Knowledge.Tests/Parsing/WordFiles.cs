using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBot.Knowledge.Tests.Parsing;

/// <summary>Small Word documents built with the Open XML SDK, for reader tests that need one exact shape.</summary>
internal static class WordFiles
{
    /// <summary>Writes a .docx whose styles part holds Title, Subtitle, Heading 1-2, a custom style based on Heading 2, List Bullet and TOC 1.</summary>
    public static string Write(string name, IEnumerable<OpenXmlElement> body, string? title = null, string? creator = null, DateTime? modified = null)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("policybot-docx-").FullName, name);
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("Normal", "Normal", basedOn: null, isDefault: true),
                Style("Title", "Title", "Normal"),
                Style("Subtitle", "Subtitle", "Title"),
                Style("Heading1", "heading 1", "Normal", outline: 0),
                Style("Heading2", "heading 2", "Normal", outline: 1),
                Style("PolicySubheading", "Policy Subheading", "Heading2"),
                Style("ListBullet", "List Bullet", "Normal", numbered: true),
                Style("TOC1", "toc 1", "Normal"));
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = creator;
            document.PackageProperties.Modified = modified;
        }

        return path;
    }

    public static Paragraph Para(string text, string? style = null) =>
        new(new ParagraphProperties { ParagraphStyleId = style is null ? null : new ParagraphStyleId { Val = style } }, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Para(string? style, params OpenXmlElement[] content) =>
        new(new OpenXmlElement[] { new ParagraphProperties { ParagraphStyleId = style is null ? null : new ParagraphStyleId { Val = style } } }.Concat(content));

    public static Run RunOf(string text, bool bold = false, bool hidden = false) =>
        new(new RunProperties { Bold = bold ? new Bold() : null, Vanish = hidden ? new Vanish() : null }, new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph Numbered(string text, int numberingId) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId })), new Run(new Text(text)));

    public static Paragraph WithOutline(string text, int level) =>
        new(new ParagraphProperties(new OutlineLevel { Val = level }), new Run(new Text(text)));

    public static Table TableOf(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))))));

    private static Style Style(string id, string name, string? basedOn, bool isDefault = false, int? outline = null, bool numbered = false)
    {
        var paragraph = new StyleParagraphProperties();
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        if (numbered)
        {
            paragraph.Append(new NumberingProperties(new NumberingId { Val = 1 }));
        }

        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(paragraph);
        return style;
    }
}

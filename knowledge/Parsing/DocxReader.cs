using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Reads a Word document (.docx): headings from its paragraph styles and outline levels, list paragraphs as
/// bullets, tables row by row, and the title, author and last-modified date from its core properties.
/// </summary>
internal static class DocxReader
{
    public static SourceDocument Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("it has no document body; open it in Word and save it again.");
        var styles = DocxStyles.From(document.MainDocumentPart.StyleDefinitionsPart?.Styles);
        var blocks = new List<RawBlock>();
        ReadContainer(body, styles, blocks);

        // A document typed without heading styles has only the shape of its text to go on, like a plain export.
        var marked = blocks.Exists(block => block.Kind == RawKind.Heading);
        var properties = document.PackageProperties;
        return new SourceDocument(blocks, marked)
        {
            Title = string.IsNullOrWhiteSpace(properties.Title) ? null : properties.Title.Trim(),
            FileProperties = SourceDocument.PropertiesOf(properties.Creator, properties.Modified),
        };
    }

    // Paragraphs and tables, also inside content controls and custom XML, in document order.
    private static void ReadContainer(OpenXmlElement container, DocxStyles styles, List<RawBlock> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, styles, blocks);
                    break;
                case Table table:
                    ReadTable(table, blocks);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    ReadContainer(element, styles, blocks);
                    break;
            }
        }
    }

    private static void ReadParagraph(Paragraph paragraph, DocxStyles styles, List<RawBlock> blocks)
    {
        if (styles.IsTableOfContents(paragraph))
        {
            return;
        }

        var text = TextOf(paragraph);
        if (text.Length == 0)
        {
            return;
        }

        if (styles.HeadingLevel(paragraph) is { } level)
        {
            blocks.Add(new RawBlock(RawKind.Heading, text, [], level));
        }
        else if (styles.IsListItem(paragraph))
        {
            blocks.Add(new RawBlock(RawKind.Bullet, text, []));
        }
        else
        {
            blocks.Add(new RawBlock(RawKind.Line, text, []) { SingleLine = true });
        }
    }

    private static void ReadTable(Table table, List<RawBlock> blocks)
    {
        var rows = table.Elements<TableRow>()
            .Select(row => row.Elements<TableCell>().Select(cell => TextCleaner.Collapse(string.Join(" ", cell.Descendants<Paragraph>().Select(TextOf)))).ToArray())
            .Where(cells => cells.Any(cell => cell.Length > 0))
            .ToList();

        // A one-column table is a box around text (a note, a callout), not a table to read as rows.
        var boxed = rows.TrueForAll(cells => cells.Count(cell => cell.Length > 0) <= 1);
        foreach (var cells in rows)
        {
            blocks.Add(boxed
                ? new RawBlock(RawKind.Line, cells.First(cell => cell.Length > 0), [])
                : new RawBlock(RawKind.TableRow, string.Empty, cells));
        }
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            if (run.RunProperties?.Vanish is { } hidden && hidden.Val?.Value != false)
            {
                continue;
            }

            foreach (var part in run.ChildElements)
            {
                text.Append(part switch
                {
                    Text t => t.Text,
                    TabChar or Break or CarriageReturn => " ",
                    NoBreakHyphen => "-",
                    _ => string.Empty,
                });
            }
        }

        return TextCleaner.Collapse(text.ToString());
    }
}

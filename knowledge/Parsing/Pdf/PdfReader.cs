using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>
/// Reads a PDF's text layer: words into lines in reading order, page headers, footers and numbers dropped,
/// headings from the outline or the fonts, lines joined into paragraphs (hyphenated words mended), bullets and
/// tables kept, and the title, author and date from the document information.
/// </summary>
internal static class PdfReader
{
    public static SourceDocument Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var pdf = PdfDocument.Open(stream);
        var pages = new List<List<PdfLine>>();
        var heights = new List<double>();
        foreach (var page in pdf.GetPages())
        {
            pages.Add(PdfLineBuilder.Read(page));
            heights.Add(page.Height);
        }

        var lines = PageFurniture.Remove(pages, heights).SelectMany(page => page).ToList();
        var body = BodyStyle(lines);
        var headings = body is null ? [] : PdfHeadings.Find(lines, Outline(pdf), body);
        var hyphenation = Hyphenation.Learn(lines.Select(line => line.Text).ToList());
        var blocks = PdfBlockBuilder.Build(lines, headings, Pitch(lines, body), hyphenation);

        var info = pdf.Information;
        return new SourceDocument(blocks, MarkedHeadings: headings.Count > 0)
        {
            Title = string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim(),
            FileProperties = SourceDocument.PropertiesOf(info.Author, (info.GetModifiedDateTimeOffset() ?? info.GetCreatedDateTimeOffset())?.UtcDateTime),
        };
    }

    private static List<OutlineEntry> Outline(PdfDocument pdf)
    {
        if (!pdf.TryGetBookmarks(out var bookmarks))
        {
            return [];
        }

        // Outline depth 0 is the top; heading levels count from 1 so that a top-level entry is not taken for a
        // title style.
        return bookmarks.GetNodes()
            .Where(node => !string.IsNullOrWhiteSpace(node.Title))
            .Select(node => new OutlineEntry(node.Title, node.Level + 1, (node as DocumentBookmarkNode)?.PageNumber))
            .ToList();
    }

    // The style most of the text is set in.
    private static TextStyle? BodyStyle(List<PdfLine> lines) =>
        lines.GroupBy(line => line.Style).OrderByDescending(group => group.Sum(line => line.Text.Length)).FirstOrDefault()?.Key;

    // The usual distance between the baselines of two lines of body text on one page.
    private static double Pitch(List<PdfLine> lines, TextStyle? body)
    {
        if (body is null)
        {
            return 14;
        }

        var gaps = lines.Zip(lines.Skip(1))
            .Where(pair => pair.First.Page == pair.Second.Page && pair.First.Style == body && pair.Second.Style == body)
            .Select(pair => Math.Round(pair.First.Baseline - pair.Second.Baseline, 1))
            .Where(gap => gap >= body.Size * 0.9 && gap <= body.Size * 2)
            .GroupBy(gap => gap)
            .OrderByDescending(group => group.Count())
            .FirstOrDefault();
        return gaps?.Key ?? body.Size * 1.2;
    }
}

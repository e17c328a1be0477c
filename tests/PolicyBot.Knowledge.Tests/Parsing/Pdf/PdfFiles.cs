using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace PolicyBot.Knowledge.Tests.Parsing.Pdf;

/// <summary>Small PDFs laid out line by line with PdfPig's writer, for reader tests that need one exact layout.</summary>
internal static class PdfFiles
{
    private const double Top = 760;

    public enum Face
    {
        Body,
        Heading,
        Sans,
    }

    /// <summary>Runs of text set on one baseline; <paramref name="GapBefore"/> is extra space above the line.</summary>
    public sealed record Line(IReadOnlyList<(double X, string Text)> Parts, Face Face, double Size, double GapBefore = 0)
    {
        /// <summary>Set the last part flush with the right edge of the line above, as justified text does.</summary>
        public bool Justified { get; init; }
    }

    public static Line Text(string text, double gapBefore = 0, double x = 72) => new([(x, text)], Face.Body, 11, gapBefore);

    public static Line Heading(string text, double size, double gapBefore = 10) => new([(72, text)], Face.Heading, size, gapBefore);

    public static Line Bullet(string text, double gapBefore = 0) => new([(80, "\u2022"), (95, text)], Face.Body, 11, gapBefore);

    /// <summary>A justified line of a few long words: the first at the left margin, the last flush right, wide gaps between.</summary>
    public static Line Stretched(string first, string last) => new([(72, first), (0, last)], Face.Body, 11) { Justified = true };

    public static Line Row(double gapBefore, params string[] cells) =>
        new(cells.Select((cell, i) => (72 + (i * 180.0), cell)).ToList(), Face.Body, 11, gapBefore);

    /// <summary>A PDF of these pages; each page gets a running header and a "Page N of M" footer when asked.</summary>
    public static byte[] Build(IReadOnlyList<IReadOnlyList<Line>> pages, string? header = null, IReadOnlyList<(string Title, int Level, int Page)>? outline = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var builder = new PdfDocumentBuilder();
        var fonts = new Dictionary<Face, PdfDocumentBuilder.AddedFont>
        {
            [Face.Body] = builder.AddStandard14Font(Standard14Font.TimesRoman),
            [Face.Heading] = builder.AddStandard14Font(Standard14Font.HelveticaBold),
            [Face.Sans] = builder.AddStandard14Font(Standard14Font.Helvetica),
        };
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (header is not null)
            {
                page.AddText(header, 9, new PdfPoint(300, 805), fonts[Face.Sans]);
                page.AddText($"Page {p + 1} of {pages.Count}", 9, new PdfPoint(480, 30), fonts[Face.Sans]);
            }

            var y = Top;
            var right = 0.0;
            foreach (var line in pages[p])
            {
                y -= line.GapBefore + (line.Size * 1.25);
                var lineRight = 0.0;
                for (var i = 0; i < line.Parts.Count; i++)
                {
                    var (x, text) = line.Parts[i];
                    if (line.Justified && i == line.Parts.Count - 1)
                    {
                        var width = page.MeasureText(text, line.Size, new PdfPoint(0, y), fonts[line.Face]).Max(letter => letter.BoundingBox.Right);
                        x = right - width;
                    }

                    lineRight = Math.Max(lineRight, page.AddText(text, line.Size, new PdfPoint(x, y), fonts[line.Face]).Max(letter => letter.BoundingBox.Right));
                }

                right = lineRight;
            }
        }

        if (outline is not null)
        {
            var next = 0;
            builder.Bookmarks = new Bookmarks(Nest(outline, 0, ref next));
        }

        return builder.Build();
    }

    // The outline as the tree a PDF stores: each entry holds the deeper entries that follow it.
    private static List<BookmarkNode> Nest(IReadOnlyList<(string Title, int Level, int Page)> outline, int level, ref int next)
    {
        var nodes = new List<BookmarkNode>();
        while (next < outline.Count && outline[next].Level == level)
        {
            var (title, _, page) = outline[next++];
            var children = Nest(outline, level + 1, ref next);
            nodes.Add(new DocumentBookmarkNode(title, level, new ExplicitDestination(page, ExplicitDestinationType.FitPage, new ExplicitDestinationCoordinates(null)), children));
        }

        return nodes;
    }

    public static string Write(string name, byte[] content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("policybot-pdf-").FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}

using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>
/// Drops what a printed page repeats around its text: running headers and footers ("Uncontrolled when printed",
/// the policy's name) and page numbers ("3", "Page 3 of 5", "- 3 -").
/// </summary>
internal static partial class PageFurniture
{
    // Headers and footers live in the top and bottom eighth of a page.
    private const double Band = 0.125;

    public static List<List<PdfLine>> Remove(IReadOnlyList<List<PdfLine>> pages, IReadOnlyList<double> heights)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(heights);

        // A line is furniture when the same text (numbers aside) sits in the margin band of at least half the pages.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var key in pages[p].Where(line => InBand(line, heights[p])).Select(Key).Distinct())
            {
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }
        }

        var repeated = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5));
        return pages.Select((lines, p) => lines
                .Where(line => !(InBand(line, heights[p]) && (seen[Key(line)] >= repeated || PageNumber().IsMatch(line.Text.Trim()))))
                .ToList())
            .ToList();
    }

    private static bool InBand(PdfLine line, double height) => line.Baseline >= height * (1 - Band) || line.Baseline <= height * Band;

    private static string Key(PdfLine line) => Digits().Replace(line.Text.ToLowerInvariant(), "#");

    [GeneratedRegex(@"^(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

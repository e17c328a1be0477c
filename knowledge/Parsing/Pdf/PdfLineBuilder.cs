using UglyToad.PdfPig.Content;

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>Groups a page's words into lines, top to bottom, and splits each line where a wide gap leaves columns.</summary>
internal static class PdfLineBuilder
{
    // Words whose baselines are this close (in font sizes) sit on one line; superscripts and mixed fonts wobble.
    private const double SameLine = 0.35;

    // A gap this wide (in font sizes) between words is a column gap, not a space, even in justified text.
    private const double ColumnGap = 1.6;

    public static List<PdfLine> Read(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var words = page.GetWords()
            .Where(word => word.Letters.Count > 0 && !string.IsNullOrWhiteSpace(word.Text))
            .Select(word => (Word: word, Baseline: word.Letters[0].StartBaseLine.Y, Size: word.Letters.Max(letter => letter.PointSize)))
            .OrderByDescending(w => w.Baseline)
            .ThenBy(w => w.Word.BoundingBox.Left)
            .ToList();

        var lines = new List<PdfLine>();
        var i = 0;
        while (i < words.Count)
        {
            var baseline = words[i].Baseline;
            var tolerance = Math.Max(1, words[i].Size * SameLine);
            var j = i;
            while (j < words.Count && Math.Abs(words[j].Baseline - baseline) <= tolerance)
            {
                j++;
            }

            var members = words.GetRange(i, j - i).OrderBy(w => w.Word.BoundingBox.Left).Select(w => w.Word).ToList();
            lines.Add(Line(page.Number, baseline, members));
            i = j;
        }

        return lines;
    }

    private static PdfLine Line(int page, double baseline, List<Word> words)
    {
        var (style, uniform) = DominantStyle(words);
        var segments = new List<IReadOnlyList<PdfWord>>();
        var current = new List<PdfWord>();
        Word? previous = null;
        foreach (var word in words)
        {
            if (previous is not null && word.BoundingBox.Left - previous.BoundingBox.Right > style.Size * ColumnGap)
            {
                segments.Add(current);
                current = [];
            }

            current.Add(new PdfWord(word.Text, word.BoundingBox.Left, word.BoundingBox.Right));
            previous = word;
        }

        segments.Add(current);
        return new PdfLine(page, baseline, segments, style) { Uniform = uniform };
    }

    // The style most of the line's letters are set in, and whether nearly all are: one bold word in a sentence
    // does not make it a heading.
    private static (TextStyle Style, bool Uniform) DominantStyle(List<Word> words)
    {
        var letters = words.SelectMany(word => word.Letters).Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        var top = letters
            .GroupBy(letter => TextStyle.Of(letter.PointSize, letter.FontName ?? string.Empty, letter.FontDetails?.IsBold == true, letter.FontDetails?.IsItalic == true))
            .OrderByDescending(group => group.Count())
            .First();
        return (top.Key, top.Count() >= letters.Count * 0.9);
    }
}

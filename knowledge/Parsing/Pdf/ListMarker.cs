using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>Tells a list item's marker ("•", "-", "1.", "a)") from the text it introduces.</summary>
internal static partial class ListMarker
{
    /// <summary>The line without its list marker when it starts with one, or null.</summary>
    public static PdfLine? Strip(PdfLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var first = line.Segments[0];
        var words = line.Segments.Sum(segment => segment.Count);
        if (words < 2 || !IsMarker(first[0].Text))
        {
            return null;
        }

        // The marker usually stands apart from its text (a tab reads as a column gap), so it may be a run of its own.
        IReadOnlyList<IReadOnlyList<PdfWord>> segments = first.Count == 1
            ? line.Segments.Skip(1).ToList()
            : [first.Skip(1).ToList(), .. line.Segments.Skip(1)];
        return line with { Segments = segments };
    }

    private static bool IsMarker(string word)
    {
        if (word.Length == 1)
        {
            var c = word[0];
            return c is '-' or '*' or '\u2013' or '\u2022' or '\u00B7' or '\u25CF' or '\u25CB' or '\u25E6' or '\u25AA' or '\u25A0' or '\u27A2' or '\u2713' or '\u2714'
                || char.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse or UnicodeCategory.OtherSymbol;
        }

        return Numbering().IsMatch(word);
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();
}

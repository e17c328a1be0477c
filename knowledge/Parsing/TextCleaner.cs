using System.Net;
using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Removes the markup that rich-text exports leave in plain text.</summary>
internal static partial class TextCleaner
{
    public static string Clean(string text)
    {
        var cleaned = ParagraphTag().Replace(text, " ");
        cleaned = AnyTag().Replace(cleaned, string.Empty);
        cleaned = Link().Replace(cleaned, "$1");
        cleaned = Emphasis().Replace(cleaned, "$2");
        cleaned = WebUtility.HtmlDecode(cleaned);
        return Whitespace().Replace(cleaned, " ").Trim();
    }

    /// <summary>True when the text stops where a sentence or clause may stop.</summary>
    public static bool EndsClause(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ';' or ')' or '"' or '\'' or '\u201d' or '\u2019';

    [GeneratedRegex(@"</?p\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

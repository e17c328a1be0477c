using System.Net;
using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Removes the markup that rich-text exports and Markdown leave in text that gets quoted.</summary>
internal static partial class TextCleaner
{
    // Escaped punctuation ("\*") is parked on private-use characters while emphasis is stripped, then restored.
    private const char EscapeBase = '\uE000';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = Escaped().Replace(text, match => ((char)(EscapeBase + match.Groups[1].Value[0])).ToString());
        cleaned = Shortcode().Replace(cleaned, string.Empty);
        cleaned = ParagraphTag().Replace(cleaned, " ");
        cleaned = AutoLink().Replace(cleaned, "$1");
        cleaned = AnyTag().Replace(cleaned, string.Empty);
        cleaned = Image().Replace(cleaned, "$1");
        cleaned = Link().Replace(cleaned, "$1");
        cleaned = InlineCode().Replace(cleaned, "$1");
        cleaned = Strong().Replace(cleaned, "$2");
        cleaned = StarEmphasis().Replace(cleaned, "$1");
        cleaned = UnderscoreEmphasis().Replace(cleaned, "$1");
        cleaned = Strikethrough().Replace(cleaned, "$1");
        cleaned = WebUtility.HtmlDecode(cleaned);
        cleaned = Parked().Replace(cleaned, match => ((char)(match.Value[0] - EscapeBase)).ToString());
        return Collapse(cleaned);
    }

    /// <summary>Collapses runs of whitespace to one space, for text that carries no markup (Word, PDF).</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>True when the text stops where a sentence or clause may stop.</summary>
    public static bool EndsClause(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ';' or ')' or '"' or '\'' or '\u201d' or '\u2019';

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();

    [GeneratedRegex("[\uE021-\uE07E]")]
    private static partial Regex Parked();

    // Site generators' shortcodes ("{{% panel header="Note" %}}", "{{< /alert >}}") wrap text in handbooks published
    // with Hugo; the text inside stays. A template's own placeholder ("{{ amount }}") is left, as it is the text.
    [GeneratedRegex(@"\{\{[%<].*?[%>]\}\}")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"</?p\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+\.[a-z]{2,})>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    // Inline links "[text](url)" and reference links "[text][id]" keep their text.
    [GeneratedRegex(@"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"`+([^`]+?)`+")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(\*\*|__)(\S(?:.*?\S)?)\1")]
    private static partial Regex Strong();

    // "*three*" but not "5 * 3 * 2" or a lone asterisk: the marks hug the words they wrap.
    [GeneratedRegex(@"(?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])")]
    private static partial Regex StarEmphasis();

    // "_not_" but not snake_case_names: an underscore inside a word is not emphasis.
    [GeneratedRegex(@"(?<![\w_])_(\S(?:[^_]*?\S)?)_(?![\w_])")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"~~(\S(?:.*?\S)?)~~")]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBot.Cards;

/// <summary>Makes text show as typed where Adaptive Cards render Markdown: no links, emphasis, lists or headings from it.</summary>
public static partial class CardMarkdown
{
    /// <summary>
    /// Line breaks and other control characters become spaces (a line cannot then start a list or heading);
    /// Markdown's punctuation is backslash-escaped; a word joiner after every ']' and '&lt;' breaks a link or
    /// autolink even for a renderer that ignores escapes; and web addresses, bare domains and e-mail addresses are
    /// defanged ("https[:]//evil[.]example") so that no renderer turns them into links.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                escaped.Append(' ');
                continue;
            }

            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '~' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            if (c is ']' or '<')
            {
                escaped.Append('\u2060');
            }
        }

        // A line starting "- ", "+ " or "1. " is a list item.
        var result = escaped.ToString();
        if (ListStart().IsMatch(result))
        {
            result = "\\" + result;
        }

        return Defang(result);
    }

    private static string Defang(string text) =>
        Address().Replace(text, match => match.Value.Replace("://", "[:]//", StringComparison.Ordinal).Replace(".", "[.]", StringComparison.Ordinal));

    [GeneratedRegex(@"^\s*([-+]|\d+[.)])(\s|$)", RegexOptions.NonBacktracking)]
    private static partial Regex ListStart();

    // A scheme and what follows it, "www." and what follows, or a bare domain with a top-level domain of letters
    // (which covers an e-mail address: with its dots broken no renderer makes it a mailto link).
    // NonBacktracking: linear in the text's length whatever it holds (a backtracking engine took minutes over
    // 5,000 letters with no dot in them).
    [GeneratedRegex(@"(?i)\b[a-z][a-z0-9+.-]*://\S*|\bwww\.\S+|[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b\S*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Address();
}

using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Rewrites the Markdown line syntax <see cref="BlockReader"/> does not read into the shapes it does: HTML comments,
/// code fences, quotes, rules and link definitions go; "Title" underlined with "===" or "---" becomes a "#" heading.
/// </summary>
internal static partial class MarkdownSyntax
{
    public static string Simplify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = HtmlComment().Replace(text, string.Empty).ReplaceLineEndings("\n").Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var raw in lines)
        {
            var line = Quote().Replace(raw, string.Empty);
            if (Fence().IsMatch(line) || LinkDefinition().IsMatch(line))
            {
                continue;
            }

            if (Underline().Match(line) is { Success: true } underline && IsHeadingText(kept))
            {
                kept[^1] = (underline.Groups[1].Value[0] == '=' ? "# " : "## ") + kept[^1].Trim();
                continue;
            }

            kept.Add(Rule().IsMatch(line) ? string.Empty : line);
        }

        return string.Join('\n', kept);
    }

    // A setext underline needs a line of text straight above it, not a list item, table row or blank line.
    private static bool IsHeadingText(List<string> kept) =>
        kept.Count > 0
        && kept[^1].Trim().Length > 0
        && !kept[^1].TrimStart().StartsWith('|')
        && !kept[^1].TrimStart().StartsWith('#')
        && !ListItem().IsMatch(kept[^1]);

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s+\S+")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^\s{0,3}(=+|-+)\s*$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*([-*+]|\d{1,2}[.)])\s+")]
    private static partial Regex ListItem();
}

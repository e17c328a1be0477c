using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>A word or punctuation mark of a section's text and where it starts.</summary>
internal readonly partial record struct WordToken(string Text, int Start)
{
    public int End => Start + Text.Length;

    /// <summary>The words (with their inner apostrophes: "don't") and single punctuation marks of a text.</summary>
    public static List<WordToken> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        foreach (Match match in Pattern().Matches(text))
        {
            tokens.Add(new WordToken(match.Value, match.Index));
        }

        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex Pattern();
}

using System.Text;
using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>Text as evaluation compares it: Markdown stripped, lower case, punctuation and spacing ignored.</summary>
internal static partial class EvalText
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Link().Replace(text, "$1");
        var words = new StringBuilder(plain.Length);
        foreach (var c in plain.ToLowerInvariant())
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
}

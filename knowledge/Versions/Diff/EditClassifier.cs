using System.Text;

namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>
/// Decides whether an edit is editorial (nothing a reader must re-learn) or a change of wording. When in
/// doubt it says wording: a reader asked to re-read an unchanged rule loses a minute, one never told of a
/// changed rule breaks it.
/// </summary>
internal static class EditClassifier
{
    // Emphasis and heading marks that exports and Markdown leave in the text.
    private const string Markup = "*_~`#";

    // Words whose change turns a rule around even when only a letter differs ("must" and "most", "not" and
    // "now"): never a spelling correction.
    private static readonly HashSet<string> Weighty = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "nor", "never", "none", "cannot", "can't", "won't", "don't", "must", "may", "might", "should",
        "shall", "will", "would", "could", "need", "only", "all", "any", "every", "each", "some", "always",
        "before", "after", "with", "without", "unless", "except", "and", "or", "more", "less", "most", "least",
    };

    public static EditKind Classify(string deleted, string inserted)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        ArgumentNullException.ThrowIfNull(inserted);
        if (Keep(deleted, char.IsWhiteSpace) == Keep(inserted, char.IsWhiteSpace))
        {
            return EditKind.Whitespace;
        }

        static bool Unmarked(char c) => char.IsWhiteSpace(c) || Markup.Contains(c, StringComparison.Ordinal);
        var (oldText, newText) = (Keep(deleted, Unmarked), Keep(inserted, Unmarked));
        if (oldText == newText)
        {
            return EditKind.Formatting;
        }

        if (string.Equals(oldText, newText, StringComparison.OrdinalIgnoreCase))
        {
            return EditKind.Case;
        }

        static bool Punctuation(char c) => !char.IsLetterOrDigit(c);
        var (oldLetters, newLetters) = (Keep(deleted, Punctuation).ToLowerInvariant(), Keep(inserted, Punctuation).ToLowerInvariant());
        if (oldLetters == newLetters)
        {
            return EditKind.Punctuation;
        }

        return IsSpellingFix(deleted, inserted) ? EditKind.Spelling : EditKind.Wording;
    }

    // One word for one word, no digits, neither a word that carries a rule, and close: one letter in a word
    // of up to seven, two in a longer one.
    private static bool IsSpellingFix(string deleted, string inserted)
    {
        var oldWords = Words(deleted);
        var newWords = Words(inserted);
        if (oldWords.Count != 1 || newWords.Count != 1)
        {
            return false;
        }

        var (a, b) = (oldWords[0].ToLowerInvariant(), newWords[0].ToLowerInvariant());
        if (a.Any(char.IsDigit) || b.Any(char.IsDigit) || Weighty.Contains(a) || Weighty.Contains(b))
        {
            return false;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        return Distance(a, b) <= allowed;
    }

    private static List<string> Words(string text) =>
        WordToken.Split(text).Select(token => token.Text).Where(token => char.IsLetterOrDigit(token[0])).ToList();

    private static string Keep(string text, Func<char, bool> drop)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!drop(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    // Edit distance with adjacent transpositions counting once ("recieve" for "receive").
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

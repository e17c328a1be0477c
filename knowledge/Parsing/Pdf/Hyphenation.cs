using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>
/// Joins lines of a PDF back into running text, repairing words hyphenated at line ends. "organi-" + "sation"
/// becomes "organisation" when the document uses that word, or when "organi" is no word of its own; a
/// compound such as "user-" + "generated" keeps its hyphen because "user" is a word the document uses.
/// </summary>
internal sealed partial class Hyphenation
{
    private const char SoftHyphen = '\u00AD';

    private readonly HashSet<string> _words;

    private Hyphenation(HashSet<string> words) => _words = words;

    /// <summary>Learns the document's words from its lines, leaving out the halves of words broken at line ends.</summary>
    public static Hyphenation Learn(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = Word().Matches(lines[i]).Select(match => match.Value).ToList();
            var from = i > 0 && BreaksWord(lines[i - 1]) ? 1 : 0;
            var to = BreaksWord(lines[i]) ? tokens.Count - 1 : tokens.Count;
            for (var t = from; t < to; t++)
            {
                words.Add(tokens[t]);
            }
        }

        return new Hyphenation(words);
    }

    /// <summary>The text of <paramref name="first"/> followed by <paramref name="next"/>, as the sentence runs on.</summary>
    public string Join(string first, string next)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(next);
        if (first.Length == 0 || next.Length == 0)
        {
            return first + next;
        }

        if (first[^1] == SoftHyphen)
        {
            return first[..^1] + next;
        }

        if (first.Length >= 2 && first[^1] == '-' && char.IsDigit(first[^2]) && char.IsDigit(next[0]))
        {
            // A range such as "2016-2017" broken after its dash.
            return first + next;
        }

        if (!BreaksWord(first) || !char.IsLetter(next[0]))
        {
            return first + " " + next;
        }

        var stem = Word().Matches(first).Last().Value;
        var rest = Word().Match(next).Value;
        var keepHyphen = char.IsUpper(next[0])
            || (!_words.Contains(stem + rest) && _words.Contains(stem));
        return keepHyphen ? first + next : first[..^1] + next;
    }

    // A line that ends in a letter and a hyphen may have broken a word; "- " or "--" ends a clause instead.
    private static bool BreaksWord(string line) => line.Length >= 2 && line[^1] == '-' && char.IsLetter(line[^2]);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}

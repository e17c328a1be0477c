using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Phrases that mark a question the policies cannot answer however many of its other words they share:
/// figures (pay, counts), other HR and IT matters, requests to write something. Read from not-covered.txt,
/// which the Communications team can edit; matching ignores case and takes whole words only.
/// </summary>
public sealed class UncoveredTopics
{
    private readonly HashSet<string> _phrases;

    // The longest phrase, in words, that starts with each first word: most words of a question start none,
    // so most questions are checked without building a single phrase.
    private readonly Dictionary<string, int> _longestFrom;

    private UncoveredTopics(HashSet<string> phrases)
    {
        _phrases = phrases;
        _longestFrom = phrases
            .GroupBy(phrase => phrase.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(phrase => phrase.Count(c => c == ' ') + 1), StringComparer.Ordinal);
    }

    public static UncoveredTopics Empty { get; } = new([]);

    /// <summary>How many phrases the list holds.</summary>
    public int Count => _phrases.Count;

    public static UncoveredTopics Load(string path) => Parse(File.ReadLines(path));

    /// <summary>One phrase a line, or several separated by commas; lines starting with # are comments.</summary>
    public static UncoveredTopics Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var phrases = DataLines.Text(lines)
            .SelectMany(line => line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(phrase => string.Join(' ', QuestionWords.Of(phrase)))
            .Where(phrase => phrase.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        return new UncoveredTopics(phrases);
    }

    /// <summary>The first phrase of the list the question contains, or null.</summary>
    public string? Find(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _phrases.Count == 0 ? null : Find(QuestionWords.Of(question));
    }

    /// <summary>The same, for a question already cut into words by <see cref="QuestionWords.Of"/>.</summary>
    internal string? Find(List<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            if (!_longestFrom.TryGetValue(words[start], out var longest))
            {
                continue;
            }

            for (var length = Math.Min(longest, words.Count - start); length >= 1; length--)
            {
                var phrase = string.Join(' ', words.GetRange(start, length));
                if (_phrases.Contains(phrase))
                {
                    return phrase;
                }
            }
        }

        return null;
    }
}

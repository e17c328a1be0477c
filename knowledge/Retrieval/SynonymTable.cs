using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// The editable synonyms file: comma-separated groups of equivalent words and phrases, and one-way
/// "a, b => c" rewrites. Phrases are lowercase word sequences.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, string[]> _expansions;

    private SynonymTable(Dictionary<string, string[]> expansions, int longestPhrase)
    {
        _expansions = expansions;
        LongestPhrase = longestPhrase;
    }

    public static SynonymTable Empty { get; } = new([], 1);

    /// <summary>The most words any entry has.</summary>
    public int LongestPhrase { get; }

    /// <summary>Every word that appears in an entry, for spelling correction.</summary>
    public IEnumerable<string> Words => _expansions.Keys.SelectMany(key => key.Split(' '));

    public static SynonymTable Load(string path) => Parse(File.ReadLines(path), path);

    public static SynonymTable Parse(IEnumerable<string> lines, string source = "synonyms")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var expansions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (lineNumber, line) in DataLines.Read(lines))
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var left = Entries(arrow < 0 ? line : line[..arrow]);
            var right = arrow < 0 ? left : Entries(line[(arrow + 2)..]);
            if (left.Count == 0 || right.Count == 0 || (arrow < 0 && left.Count < 2))
            {
                throw new InvalidDataException(
                    $"{source}, line {lineNumber}: expected 'a, b, c' or 'a, b => c' but found '{line}'.");
            }

            foreach (var entry in left)
            {
                if (!expansions.TryGetValue(entry, out var set))
                {
                    expansions[entry] = set = [];
                }

                set.UnionWith(right.Where(other => other != entry));
            }
        }

        var longest = expansions.Count == 0 ? 1 : expansions.Keys.Max(key => key.Count(c => c == ' ') + 1);
        return new SynonymTable(expansions.ToDictionary(pair => pair.Key, pair => pair.Value.Order(StringComparer.Ordinal).ToArray()), longest);
    }

    /// <summary>The entries that mean <paramref name="phrase"/>, or an empty list.</summary>
    public IReadOnlyList<string> Expand(string phrase) => _expansions.TryGetValue(phrase, out var found) ? found : [];

    public bool Contains(string phrase) => _expansions.ContainsKey(phrase);

    private static List<string> Entries(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => string.Join(' ', entry.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(entry => entry.Length > 0)
            .ToList();
}

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Where a library's own text writes an organisation's name as part of a longer name: "the VA network",
/// "Humans of VA", "CDC Enterprise". A question that uses the same compound means that thing, not the employer.
/// </summary>
/// <remarks>
/// A name and the word after it ("VA network"), or a word and "of" before it ("Humans of VA"), count as a
/// compound when the documents write that word in that place beside the name in at least <see cref="MinShare"/>
/// of the places they write the word at all. So "network", written after "VA" in two of its five places, makes
/// "the VA network" a compound, while "expenses", after "DVELP" in two of its 45, does not: there the name only
/// says whose expenses. A word straight before a name never makes one, as it is the verb or preposition whose
/// object the organisation is ("at CDC", "leaving PostHog"); nor does a stop word, nor a word that says whose
/// people or rules they are ("VA staff", "GDS policy"), however often a library writes them so. The caller
/// leaves out possessives ("CDC's password policy") on both sides for the same reason: they say whose.
/// </remarks>
internal sealed class NameCompounds
{
    /// <summary>The least share of a word's places in the documents that must be beside the name.</summary>
    public const double MinShare = 0.25;

    // Words that say a name is the employer whatever the documents write beside it.
    private static readonly HashSet<string> Whose = new(StringComparer.Ordinal)
    {
        "staff", "employee", "employees", "people", "team", "teams", "colleague", "colleagues", "worker", "workers",
        "work", "member", "members", "policy", "policies", "rules",
    };

    // How often the documents write each word other than a name.
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    // How often they write a word beside a name: after it ("VA network"), or before it with "of" between ("Humans of VA").
    private readonly Dictionary<(string Name, bool After, string Word), int> _beside = [];

    /// <summary>Counts a word of the documents that is not part of a name.</summary>
    public void AddWord(string key) => _words[key] = _words.GetValueOrDefault(key) + 1;

    /// <summary>Counts the words the documents write beside a name that takes keys[at..at+length].</summary>
    public void AddName(string[] keys, int at, int length)
    {
        var name = string.Join(' ', keys, at, length);
        foreach (var (after, word) in Neighbours(keys, at, length))
        {
            _beside[(name, after, word)] = _beside.GetValueOrDefault((name, after, word)) + 1;
        }
    }

    /// <summary>Whether the name that takes a question's keys[at..at+length] is part of a compound the documents write.</summary>
    public bool Keeps(string[] keys, int at, int length)
    {
        if (_beside.Count == 0)
        {
            return false;
        }

        var name = string.Join(' ', keys, at, length);
        foreach (var (after, word) in Neighbours(keys, at, length))
        {
            if (!Whose.Contains(word) && _beside.TryGetValue((name, after, word), out var beside)
                && beside >= MinShare * _words.GetValueOrDefault(word, beside))
            {
                return true;
            }
        }

        return false;
    }

    // The words next to the name that could make a compound with it: never stop words.
    private static IEnumerable<(bool After, string Word)> Neighbours(string[] keys, int at, int length)
    {
        var next = at + length;
        if (next < keys.Length && !IsStopWord(keys[next]))
        {
            yield return (true, keys[next]);
        }

        if (at > 1 && keys[at - 1] == "of" && !IsStopWord(keys[at - 2]))
        {
            yield return (false, keys[at - 2]);
        }
    }

    private static bool IsStopWord(string key) => PolicyAnalyzer.StopWords.Contains(key);
}

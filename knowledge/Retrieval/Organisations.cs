using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Whose policies are loaded, by the names staff call the organisation ("Ara Poutama Aotearoa, Department of
/// Corrections, Corrections"), and which documents belong to which organisation when a library holds several.
/// </summary>
/// <remarks>
/// Staff name their organisation to say whose rules they mean ("how much leave do we get at Deeson?"). Inside
/// that organisation's own documents its name is a rare word, so as a question word it would pull the answer
/// to the few passages that happen to name it. So a name is taken out of the words a question is searched
/// with; and when a library holds several organisations' documents, a question that names one is searched in
/// that organisation's documents (and in those that belong to no organisation named here) only. But where the
/// documents themselves write the name as part of a longer one ("the VA network", "Humans of VA"), a question
/// using that compound keeps the name among its words (see <see cref="NameCompounds"/>).
/// </remarks>
public sealed class Organisations
{
    /// <summary>The file in a library or knowledge folder that names the organisations of its documents.</summary>
    public const string FileName = "organisations.txt";

    private static readonly IReadOnlySet<int> EmptySet = new HashSet<int>();

    // Each name as the normalised words it is written in, and the organisation it names.
    private readonly List<(string[] Words, int Organisation)> _names;

    // By organisation, the ids of its documents; null for the organisation of every document no other claims.
    private readonly List<HashSet<string>?> _documents;

    // The compounds the documents write the names in; none until WithCompounds reads them.
    private readonly NameCompounds _compounds;

    private Organisations(List<(string[] Words, int Organisation)> names, List<HashSet<string>?> documents, NameCompounds? compounds = null)
    {
        // Longest names first, so "Rowe IT" is taken whole before a shorter name could take "Rowe".
        _names = names.OrderByDescending(name => name.Words.Length).ToList();
        _documents = documents;
        _compounds = compounds ?? new NameCompounds();
    }

    public static Organisations None { get; } = new([], []);

    /// <summary>How many organisations are named.</summary>
    public int Count => _documents.Count;

    /// <summary>The ids of the documents the lines name, for checking them against the documents loaded.</summary>
    public IEnumerable<string> DocumentIds => _documents.SelectMany(ids => ids ?? []);

    /// <summary>One organisation, the deployment's own, by comma-separated names (empty: none); it owns every document.</summary>
    public static Organisations Named(string? names) =>
        string.IsNullOrWhiteSpace(names) ? None : Parse([names], "the Organisation setting");

    public static Organisations Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>
    /// One organisation a line: its names, comma-separated, then after a colon the ids (file names without
    /// extension) of the documents that are its policies. A line without a colon names the organisation of
    /// every document no other line claims. Lines starting with # are comments.
    /// </summary>
    public static Organisations Parse(IEnumerable<string> lines, string source = FileName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var names = new List<(string[] Words, int Organisation)>();
        var documents = new List<HashSet<string>?>();
        foreach (var (lineNumber, line) in DataLines.Read(lines))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var written = Split(colon < 0 ? line : line[..colon]).Select(Words).Where(words => words.Length > 0).ToList();
            var ids = colon < 0 ? null : Split(line[(colon + 1)..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (written.Count == 0 || ids is { Count: 0 })
            {
                throw new InvalidDataException(
                    $"{source}, line {lineNumber}: expected 'Name, Other name: document, document' or 'Name, Other name' but found '{line}'.");
            }

            names.AddRange(written.Select(words => (words, documents.Count)));
            documents.Add(ids);
        }

        return new Organisations(names, documents);
    }

    /// <summary>These organisations and those of <paramref name="other"/>, as if written in one file.</summary>
    public Organisations With(Organisations other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Count == 0 ? this : Count == 0 ? other
            : new Organisations([.. _names, .. other._names.Select(name => (name.Words, name.Organisation + Count))], [.. _documents, .. other._documents]);
    }

    /// <summary>
    /// These organisations, knowing the compounds the documents' texts (passages and headings) write their names
    /// in, so that <see cref="Find"/> leaves a name that is part of one in the question's words.
    /// </summary>
    internal Organisations WithCompounds(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (_names.Count == 0)
        {
            return this;
        }

        var compounds = new NameCompounds();
        foreach (var text in texts)
        {
            var words = QuestionWords.Of(text);
            var keys = words.Select(Key).ToArray();
            for (var i = 0; i < keys.Length;)
            {
                var match = Match(keys, i);
                if (match < 0)
                {
                    compounds.AddWord(keys[i++]);
                    continue;
                }

                var length = _names[match].Words.Length;
                if (!IsPossessive(words[i + length - 1]))
                {
                    compounds.AddName(keys, i, length);
                }

                i += length;
            }
        }

        return new Organisations(_names, _documents, compounds);
    }

    /// <summary>
    /// A question's words (cut by <see cref="QuestionWords.Of"/>) without the organisations' names, except where a
    /// name is part of a compound the documents write, and which organisations it names.
    /// </summary>
    internal (List<string> Words, IReadOnlySet<int> Named) Find(List<string> words)
    {
        if (_names.Count == 0)
        {
            return (words, EmptySet);
        }

        // Each word's key once, not once for every name it is compared with: this runs for every question.
        var keys = new string[words.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(words[i]);
        }

        var rest = new List<string>(words.Count);
        HashSet<int>? named = null;
        for (var i = 0; i < words.Count;)
        {
            var match = Match(keys, i);
            if (match < 0)
            {
                rest.Add(words[i++]);
                continue;
            }

            (named ??= []).Add(_names[match].Organisation);
            var length = _names[match].Words.Length;
            if (!IsPossessive(words[i + length - 1]) && _compounds.Keeps(keys, i, length))
            {
                rest.AddRange(words.Skip(i).Take(length));
            }

            i += length;
        }

        return (rest, named ?? EmptySet);
    }

    /// <summary>Whether some organisation named here owns the document: a line claims it, or a line claims every document.</summary>
    internal bool Owns(string documentId) => _documents.Any(ids => ids is null || ids.Contains(documentId));

    /// <summary>Whether a document is searched for a question naming these organisations (none named: every document).</summary>
    internal bool Admits(string documentId, IReadOnlySet<int> named)
    {
        if (named.Count == 0)
        {
            return true;
        }

        var owner = _documents.FindIndex(ids => ids is not null && ids.Contains(documentId));
        if (owner < 0)
        {
            owner = _documents.FindIndex(ids => ids is null);
        }

        // A document of no organisation named here is everyone's.
        return owner < 0 || named.Contains(owner);
    }

    // The first (longest) name whose words start at the question's word at, or -1.
    private int Match(string[] keys, int at)
    {
        for (var n = 0; n < _names.Count; n++)
        {
            if (keys.AsSpan(at).StartsWith(_names[n].Words))
            {
                return n;
            }
        }

        return -1;
    }

    private static string[] Words(string name) => QuestionWords.Of(name).Select(Key).ToArray();

    // "Deeson's", "IT" (kept as "i.t" by QuestionWords) and "it" are the same word in a name.
    private static string Key(string word)
    {
        var key = word.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace('\u2019', '\'');
        return key.EndsWith("'s", StringComparison.Ordinal) ? key[..^2] : key.TrimEnd('\'');
    }

    // "CDC's password policy" says whose the policy is: a possessive name is never part of a compound.
    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

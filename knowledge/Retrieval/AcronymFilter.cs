using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Keeps the capitalised abbreviations that are spelt like stop words: "US" (the country), "IT" (the
/// department), "WHO". Written in capitals, or with full stops ("U.S."), they become "u.s", "i.t", "w.h.o",
/// which no stop list holds and no stemmer touches; in lower case ("tell us about it") they stay stop words.
/// Runs before lower-casing, on the policies and on questions alike.
/// </summary>
internal sealed class AcronymFilter : TokenFilter
{
    private static readonly Dictionary<string, string> Dotted = new(StringComparer.Ordinal)
    {
        ["US"] = "u.s",
        ["IT"] = "i.t",
        ["WHO"] = "w.h.o",
    };

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public AcronymFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <summary>The protected form of a word as typed, or null when it is not one of the abbreviations.</summary>
    public static string? Protect(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Dotted.TryGetValue(word, out var dotted))
        {
            return dotted;
        }

        var lower = word.ToLowerInvariant().TrimEnd('.');
        return Dotted.ContainsValue(lower) ? lower : null;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (Protect(_term.ToString()) is { } dotted)
        {
            _term.SetEmpty().Append(dotted);
            _keyword.IsKeyword = true;
        }

        return true;
    }
}

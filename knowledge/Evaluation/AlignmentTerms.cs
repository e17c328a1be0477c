using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>One policy's analysed words, for <see cref="AlignmentProbe"/>: each passage's, each section's, the whole document's, and their idf.</summary>
internal sealed class AlignmentTerms
{
    private readonly PassageIndex _index;
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private readonly int _count;

    public AlignmentTerms(PassageIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
        _count = index.Passages.Count;
        var text = index.Passages.Select(p => index.Terms(p.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        foreach (var term in text.SelectMany(terms => terms))
        {
            _df[term] = _df.GetValueOrDefault(term) + 1;
        }

        // As the index counts a passage's words: its text and its own heading.
        PassageTerms = index.Passages.Select(p => text[p.Ordinal].Concat(index.Terms(p.SectionTitle)).ToHashSet(StringComparer.Ordinal)).ToArray();
        SectionTerms = index.Passages.GroupBy(p => p.SectionId).ToDictionary(
            g => g.Key,
            g => g.SelectMany(p => PassageTerms[p.Ordinal]).Concat(index.Terms(g.First().SectionPath)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        Document = PassageTerms.SelectMany(terms => terms)
            .Concat(index.Passages.SelectMany(p => index.Terms(p.SectionPath + " " + p.PolicyTitle)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Each passage's words (its text and heading), by ordinal.</summary>
    public HashSet<string>[] PassageTerms { get; }

    /// <summary>Each section's words, with its heading path.</summary>
    public Dictionary<string, HashSet<string>> SectionTerms { get; }

    /// <summary>Every word of the document, its title and headings included.</summary>
    public HashSet<string> Document { get; }

    /// <summary>The stemmed content words of a text, as the index analyses questions (stop words and chat words out).</summary>
    public List<string> Analyse(string text) => _index.Terms(text);

    /// <summary>BM25's idf over the policy's passages; a word no passage holds gets the largest.</summary>
    public double Idf(string term)
    {
        var df = _df.GetValueOrDefault(term);
        return Math.Log(1 + ((_count - df + 0.5) / (df + 0.5)));
    }
}

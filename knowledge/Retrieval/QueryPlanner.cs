namespace PolicyBot.Knowledge.Retrieval;

/// <summary>Turns a question into concepts: synonyms matched on whole words, typos corrected, stop words dropped.</summary>
internal sealed class QueryPlanner(PolicyAnalyzer analyzer, SynonymTable synonyms, TypoCorrector corrector)
{
    // Synonym entries and corrections come from a fixed vocabulary, so their analysis is cached; the
    // words people type are analysed afresh and never cached, so the cache cannot grow without bound.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<string>> _knownTerms = new(StringComparer.Ordinal);

    private const float SynonymWeight = 0.8f;
    private const float CorrectionWeight = 0.9f;

    public List<QueryConcept> Plan(string question) => Plan(QuestionWords.Of(question));

    /// <summary>Plans a question already cut into words by <see cref="QuestionWords.Of"/>.</summary>
    public List<QueryConcept> Plan(List<string> words)
    {
        var concepts = new List<QueryConcept>();
        for (var i = 0; i < words.Count;)
        {
            var (phrase, length) = LongestSynonymAt(words, i);
            if (phrase is not null)
            {
                AddConcept(concepts, phrase, [(phrase, 1f), .. synonyms.Expand(phrase).Select(other => (other, SynonymWeight))]);
                i += length;
                continue;
            }

            var word = words[i++];
            if (PolicyAnalyzer.StopWords.Contains(word))
            {
                continue;
            }

            var corrected = corrector.Correct(word);
            if (corrected is null)
            {
                AddConcept(concepts, word, [(word, 1f)]);
            }
            else
            {
                // A corrected word may itself be a synonym entry ("facebok" -> "facebook").
                AddConcept(concepts, word, [(corrected, CorrectionWeight), .. synonyms.Expand(corrected).Select(other => (other, SynonymWeight * CorrectionWeight))]);
            }
        }

        return concepts;
    }

    private (string? Phrase, int Length) LongestSynonymAt(List<string> words, int start)
    {
        for (var length = Math.Min(synonyms.LongestPhrase, words.Count - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length));
            if (synonyms.Contains(phrase))
            {
                return (phrase, length);
            }
        }

        return (null, 0);
    }

    private void AddConcept(List<QueryConcept> concepts, string surface, IEnumerable<(string Text, float Weight)> ways)
    {
        var alternatives = new List<QueryAlternative>();
        foreach (var (text, weight) in ways)
        {
            var terms = synonyms.Contains(text) || corrector.IsKnown(text) ? _knownTerms.GetOrAdd(text, analyzer.Terms) : analyzer.Terms(text);
            if (terms.Count > 0 && !alternatives.Any(existing => existing.Terms.SequenceEqual(terms)))
            {
                alternatives.Add(new QueryAlternative(terms, weight));
            }
        }

        if (alternatives.Count > 0)
        {
            concepts.Add(new QueryConcept(surface, alternatives));
        }
    }
}

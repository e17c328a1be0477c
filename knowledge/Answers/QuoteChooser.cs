using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Which words of a long passage to quote: the sentence that answers the question, by the sentence model's
/// similarity where there is one and the question's words otherwise, with its best neighbour when that one
/// answers nearly as well.
/// </summary>
internal sealed class QuoteChooser(LibraryIndex index)
{
    // Each of the question's words a sentence shares adds this share of its rarity to the similarity:
    // "liking" in a sentence is strong evidence for a question about liking posts, "Corrections" is not.
    private const double WordWeight = 0.05;

    // A second sentence is quoted when it scores within this of the best.
    private const double SecondSentenceMargin = 0.05;

    public string Choose(Passage passage, string question, List<string> words)
    {
        var split = index.Sentences(passage);
        if (split.Sentences.Length <= 2)
        {
            return passage.Text;
        }

        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in index.Plan(passage.PolicyId, words))
        {
            foreach (var alternative in concept.Alternatives)
            {
                terms.UnionWith(alternative.Terms);
            }
        }

        var similarity = index.SentenceSimilarity(passage, question);
        var scores = new double[split.Sentences.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            var shared = split.Terms[i].Distinct().Where(terms.Contains).Sum(term => index.Rarity(passage.PolicyId, term));
            scores[i] = (similarity is { Length: > 1 } ? similarity[i] : 0) + (WordWeight * shared);
        }

        // The best sentence, earlier first on ties; then its better neighbour if it is close.
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            best = scores[i] > scores[best] ? i : best;
        }

        var neighbours = new[] { best - 1, best + 1 }.Where(i => i >= 0 && i < scores.Length).OrderByDescending(i => scores[i]).ToList();
        if (neighbours.Count > 0 && scores[neighbours[0]] >= scores[best] - SecondSentenceMargin && scores[neighbours[0]] > 0)
        {
            var (early, late) = neighbours[0] < best ? (neighbours[0], best) : (best, neighbours[0]);
            return split.Sentences[early] + " " + split.Sentences[late];
        }

        return split.Sentences[best];
    }
}

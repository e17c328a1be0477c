namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Every example question as a document of its own, so a question can be set beside the ones most like it:
/// when those are mostly questions no policy answers (examples/not-covered.txt), it likely is not covered
/// either, however many of the policy's words it shares ("who do I ask to update our team's intranet page").
/// </summary>
internal sealed class ExampleNeighbours
{
    // Enough neighbours that one lucky match does not decide, few enough that they are still alike; each
    // counts by its score to the fifth, so the nearest few decide. Chosen on the seven eval sets: 3 to 5
    // neighbours and a power of 3 to 5 handed off 94% of the out-of-scope questions, 10 to 20 neighbours
    // or plain scores 91 to 92%.
    private const int Nearest = 5;
    private const double Power = 5;

    private readonly ConceptScorer? _scorer;
    private readonly bool[] _notCovered;
    private readonly float _tieBreaker;

    public ExampleNeighbours(ExampleQuestions examples, PolicyAnalyzer analyzer, PolicySimilarity similarity, Func<string, float> termWeight, float tieBreaker)
    {
        var questions = examples.Covered.Select(q => (Text: q, NotCovered: false)).Concat(examples.NotCovered.Select(q => (Text: q, NotCovered: true))).ToList();
        _notCovered = questions.Select(q => q.NotCovered).ToArray();
        _tieBreaker = tieBreaker;
        if (examples.NotCovered.Count == 0)
        {
            return;
        }

        _scorer = new ConceptScorer([(Bm25Postings.Of(questions.Select(q => q.Text), analyzer, similarity), 1f)], questions.Count, termWeight);
    }

    /// <summary>The score-weighted share (0..1) of the question's nearest examples that no policy answers.</summary>
    public double NotCoveredShare(List<QueryConcept> concepts)
    {
        if (_scorer is null)
        {
            return 0;
        }

        double all = 0, notCovered = 0;
        foreach (var (doc, score) in _scorer.Top(concepts, Nearest, _tieBreaker))
        {
            var weight = Math.Pow(score, Power);
            all += weight;
            notCovered += _notCovered[doc] ? weight : 0;
        }

        return all == 0 ? 0 : notCovered / all;
    }
}

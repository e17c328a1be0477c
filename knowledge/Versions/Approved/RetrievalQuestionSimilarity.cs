using System.Collections.Concurrent;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>
/// Question likeness through the knowledge base's own retrieval, in the words of the policy the approved answer
/// interprets: both questions planned as that policy's searches are (stop words out, typos corrected, its
/// synonyms expanded, words stemmed), each concept weighted by how rare its words are in that policy, and the share of each question the other covers combined as an F1 score. A
/// detail one question adds lowers the score, so an answer approved for a narrower or wider question is not
/// shown for this one. Lexical likeness misses paraphrases that share few words; it is a stand-in for a
/// semantic model behind the same interface.
/// </summary>
public sealed class RetrievalQuestionSimilarity : IQuestionSimilarity
{
    // A thing the synonym table knows by several names (offenders, colleagues, Facebook) that one question
    // names and the other does not makes them different questions however much else they share: "can I add
    // offenders as friends on Facebook?" scored 0.77 against "can I add my colleagues as friends on
    // Facebook?" before this, as high as true paraphrases (0.77-0.89); 0.61 after, while those kept theirs.
    private const double NamedThingMissed = 0.8;

    // Approved questions are few and asked about again and again; their plans are kept, up to this many.
    private const int MaxCachedPlans = 4096;

    private readonly LibraryIndex _library;
    private readonly ConcurrentDictionary<string, PolicyTerms?> _policies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Policy, string Question), Planned> _plans = new();

    public RetrievalQuestionSimilarity(LibraryIndex library)
    {
        ArgumentNullException.ThrowIfNull(library);
        _library = library;
    }

    public double Similarity(string question, string other, string policyId)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(policyId);
        if (_policies.GetOrAdd(policyId, id => _library.IndexOf(id) is { } index ? PolicyTerms.Of(id, index) : null) is not { } policy)
        {
            // The policy is no longer loaded: nothing to read the questions by.
            return 0;
        }

        var (a, b) = (Plan(policy, question), Plan(policy, other));
        var (ab, ba) = (Covered(a, b), Covered(b, a));
        var f1 = ab + ba == 0 ? 0 : 2 * ab * ba / (ab + ba);
        return MissesNamedThing(a, b) || MissesNamedThing(b, a) ? f1 * NamedThingMissed : f1;
    }

    // The weighted share of a's concepts that b says in one of its ways.
    private static double Covered(Planned a, Planned b)
    {
        double all = 0, covered = 0;
        for (var c = 0; c < a.Concepts.Count; c++)
        {
            all += a.Weights[c];
            if (a.Concepts[c].Alternatives.Any(alternative => alternative.Terms.All(b.Terms.Contains)))
            {
                covered += a.Weights[c];
            }
        }

        return all == 0 ? 0 : covered / all;
    }

    // A concept the planner expanded with synonyms is one the knowledge base knows by name.
    private static bool MissesNamedThing(Planned a, Planned b) =>
        a.Concepts.Any(concept => concept.Alternatives.Count > 1 && !concept.Alternatives.Any(alternative => alternative.Terms.All(b.Terms.Contains)));

    private Planned Plan(PolicyTerms policy, string question)
    {
        var key = (policy.Id, question);
        if (_plans.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var concepts = policy.Index.Plan(question);
        var planned = new Planned(
            concepts,
            concepts.Select(concept => concept.Alternatives[0].Terms.Max(policy.Idf)).ToArray(),
            concepts.SelectMany(concept => concept.Alternatives).SelectMany(alternative => alternative.Terms).ToHashSet(StringComparer.Ordinal));
        if (_plans.Count >= MaxCachedPlans)
        {
            _plans.Clear();
        }

        _plans[key] = planned;
        return planned;
    }

    // One policy's index and how many of its passages hold each term.
    private sealed record PolicyTerms(string Id, PassageIndex Index, Dictionary<string, int> DocFreq)
    {
        public static PolicyTerms Of(string id, PassageIndex index)
        {
            var docFreq = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var passage in index.Passages)
            {
                foreach (var term in index.Terms(passage.Text).Distinct(StringComparer.Ordinal))
                {
                    docFreq[term] = docFreq.GetValueOrDefault(term) + 1;
                }
            }

            return new PolicyTerms(id, index, docFreq);
        }

        // BM25's idf over the policy's passages; a word no passage has counts as the rarest.
        public double Idf(string term)
        {
            var n = Index.Passages.Count;
            var df = Math.Max(1, DocFreq.GetValueOrDefault(term));
            return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        }
    }

    private sealed record Planned(List<QueryConcept> Concepts, double[] Weights, HashSet<string> Terms);
}

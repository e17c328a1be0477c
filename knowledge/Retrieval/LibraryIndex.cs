using System.Numerics.Tensors;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Every loaded policy, each searched on its own terms: its own BM25 statistics, synonyms, spelling
/// vocabulary and examples, and the sentence model's similarity of the question with its passages. The two
/// rankings of a policy are fused by the confidence model into the probability that a passage's section
/// answers; hits of all policies are then ranked by that probability, which depends on nothing outside the
/// passage's own policy. So a new document adds hits of its own but leaves the others' where they were.
/// </summary>
public sealed class LibraryIndex : IDisposable
{
    // Candidates each policy puts forward from each of its two rankings.
    private const int Candidates = 10;

    private readonly List<LibraryDocument> _documents;
    private readonly QueryVectors? _queries;
    private readonly SplitModel _model;
    private readonly Organisations _organisations;

    // False for a view with another ranking (see WithRanking): the documents' indexes belong to the original.
    private readonly bool _ownsDocuments = true;

    public LibraryIndex(IReadOnlyList<PolicyDocument> documents, IReadOnlyDictionary<string, DocumentTuning> tuning, SplitModel model, SemanticSearch? semantic = null, Organisations? organisations = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _documents = documents.Select(document => LibraryDocument.Build(document, tuning.GetValueOrDefault(document.Id) ?? DocumentTuning.None)).ToList();
        Passages = _documents.SelectMany(d => d.Index.Passages).ToList();
        // The library's own words, for the compounds it writes names in: every passage, and every heading once (a
        // heading's words are not in its passages).
        _organisations = (organisations ?? Organisations.None)
            .WithCompounds(Passages.Select(passage => passage.Text).Concat(documents.SelectMany(d => d.AllSections()).Select(section => section.Title)));
        if (semantic is not null)
        {
            var encoder = semantic.Encoder.GetAwaiter().GetResult();
            _queries = new QueryVectors(encoder, semantic.QueryCacheSize);
            var texts = _documents.SelectMany(d => d.EmbeddingTexts()).ToList();
            var vectors = semantic.Cache.Vectors(texts, encoder.EncodePassages);
            semantic.Cache.Save();
            var at = 0;
            foreach (var document in _documents)
            {
                at += document.TakeVectors(vectors, at);
            }
        }
    }

    private LibraryIndex(LibraryIndex original, SplitModel model, IReadOnlySet<string>? only)
    {
        _documents = only is null ? original._documents : original._documents.Where(d => only.Contains(d.Id)).ToList();
        _queries = original._queries;
        _model = model;
        _organisations = original._organisations;
        Passages = only is null ? original.Passages : _documents.SelectMany(d => d.Index.Passages).ToList();
        _ownsDocuments = false;
    }

    /// <summary>Every policy's passages, policy by policy.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The policies that have example questions written for them (the shipped ones), by id.</summary>
    public IReadOnlySet<string> TunedPolicies => _documents.Where(d => d.Tuning.Examples.Any).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the sentence model takes part.</summary>
    public bool IsSemantic => _queries is not null;

    /// <summary>The best passages over all policies, most likely to answer first.</summary>
    public IReadOnlyList<SearchHit> Search(string question, int count)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Search(question, QuestionWords.Of(question), count);
    }

    /// <summary>The same for a question already cut into words by <see cref="QuestionWords.Of"/>.</summary>
    internal IReadOnlyList<SearchHit> Search(string question, List<string> words, int count)
    {
        var (rest, named) = _organisations.Find(words);
        var query = _queries?.Of(QueryText(question, words, rest));
        words = TeReo.English(rest);
        var hits = new List<SearchHit>();
        foreach (var document in _documents)
        {
            // A phrase written for a policy ("how many" for the Social Media Policy) rules out that policy only;
            // a question that names an organisation is not answered from another organisation's documents.
            if (_organisations.Admits(document.Id, named) && document.Tuning.Uncovered.Find(words) is null)
            {
                hits.AddRange(document.Search(words, query, Candidates, _model));
            }
        }

        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits.Count > count ? hits.GetRange(0, count) : hits;
    }

    /// <summary>One policy's plan of a question, for choosing which of a passage's sentences to quote.</summary>
    internal List<QueryConcept> Plan(string policyId, List<string> words) => Document(policyId).Index.Plan(_organisations.Find(words).Words);

    /// <summary>How much a term says in one policy (see <see cref="PassageIndex.Rarity"/>).</summary>
    internal double Rarity(string policyId, string term) => Document(policyId).Index.Rarity(term);

    /// <summary>The sentence model, or null without one.</summary>
    internal SentenceEncoder? Encoder => _queries?.Encoder;

    /// <summary>What the sentence model reads of a question (see QueryText).</summary>
    internal string SemanticQuery(string question) => QueryText(question, QuestionWords.Of(question));

    /// <summary>What the sentence model reads of a passage (its document's title and heading path in front).</summary>
    internal string EmbeddingText(Passage passage) => Document(passage.PolicyId).EmbeddingText(passage);

    /// <summary>One policy's own index, or null when no policy has that id.</summary>
    internal PassageIndex? IndexOf(string policyId) => _documents.FirstOrDefault(d => d.Id == policyId)?.Index;

    /// <summary>One policy's passages, in order.</summary>
    internal IReadOnlyList<Passage> PassagesOf(string policyId) => Document(policyId).Index.Passages;

    /// <summary>A passage's sentences and their terms.</summary>
    internal PassageSentences Sentences(Passage passage) => Document(passage.PolicyId).Index.Sentences(passage);

    /// <summary>How similar (cosine) each of a passage's sentences is to the question, or null without the model.</summary>
    internal double[]? SentenceSimilarity(Passage passage, string question) =>
        _queries is null ? null : Document(passage.PolicyId).SentenceSimilarity(passage, _queries.Of(QueryText(question, QuestionWords.Of(question))));

    /// <summary>
    /// The same documents and vectors ranked by another model, for evaluating a fit without reloading; the
    /// original keeps ownership. <paramref name="only"/> keeps those policies alone, as if only they were loaded.
    /// </summary>
    internal LibraryIndex WithRanking(SplitModel model, IReadOnlySet<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new LibraryIndex(this, model, only);
    }

    public void Dispose()
    {
        if (!_ownsDocuments)
        {
            return;
        }

        foreach (var document in _documents)
        {
            document.Index.Dispose();
        }
    }

    // What the sentence model reads: the question in English, without the organisations' names, which would
    // draw it to the passages that name them as they would the words.
    private string QueryText(string question, List<string> words) => QueryText(question, words, _organisations.Find(words).Words);

    private static string QueryText(string question, List<string> words, List<string> rest) =>
        rest.Count == words.Count ? TeReo.InEnglish(question, words) : TeReo.InEnglish(string.Join(' ', rest), rest);

    private LibraryDocument Document(string policyId) => _documents.First(d => d.Id == policyId);
}

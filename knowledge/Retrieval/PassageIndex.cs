using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>An in-memory Lucene BM25 index over passages, searched with synonyms and spelling correction.</summary>
public sealed class PassageIndex : IDisposable
{
    private const string TextField = "text";
    private const string SectionField = "section";

    // Heading words say what a whole section is about ("Be safe"), so a match there counts, but a little
    // less than a match in the passage's own words.
    private const float SectionBoost = 0.5f;

    // Words of a policy's own title ("social", "media", "policy") say which policy a question is about, not
    // which part of it answers: nearly every passage shares them.
    private const float TitleWordWeight = 0.25f;

    // How much a passage's section, beside the passage itself, counts towards covering a question: a
    // question is often answered by a section's bullets together.
    private const double SectionCoverageShare = 0.35;

    // Example questions say in staff's words what a section answers; a match there counts for less than
    // one in the policy's own words, which is what gets quoted.
    private const float ExampleBoost = 0.5f;

    // A passage that uses a second way of saying a concept gains only this share of it.
    private const float SynonymTieBreaker = 0.3f;

    private static readonly PolicySimilarity Similarity = new();

    private readonly PolicyAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryPlanner _planner;
    private readonly Bm25Postings _text;
    private readonly ConceptScorer _scorer;
    private readonly ExampleNeighbours _neighbours;
    private readonly NotCoveredClassifier _notCovered;
    private readonly HashSet<string>[] _passageTerms;

    // The terms of each passage's whole section, by passage ordinal, so coverage needs no lookup by key.
    private readonly HashSet<string>[] _sectionTerms;
    private readonly HashSet<string> _corpusTerms;
    private readonly HashSet<string> _titleTerms;
    private readonly HashSet<string> _policyTitleTerms;
    private readonly PassageSentences?[] _sentences;
    private readonly double _unknownIdf;

    public PassageIndex(IReadOnlyList<Passage> passages, SynonymTable synonyms, ExampleQuestions? examples = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(synonyms);
        Passages = passages;

        var config = new IndexWriterConfig(PolicyAnalyzer.Version, _analyzer) { Similarity = Similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(new LuceneDocument
                {
                    new TextField(TextField, passage.Text, Field.Store.NO),
                    new TextField(SectionField, passage.SectionTitle, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = Similarity };
        _text = new Bm25Postings(_reader, TextField, Similarity);
        examples ??= ExampleQuestions.Empty;
        List<(Bm25Postings, float)> fields = [(_text, 1f), (new Bm25Postings(_reader, SectionField, Similarity), SectionBoost)];
        var sections = passages.GroupBy(SectionKey).ToList();
        if (ExamplePostings(sections, examples) is { } examplePostings)
        {
            fields.Add((examplePostings, ExampleBoost));
        }

        _scorer = new ConceptScorer(fields, passages.Count, TermWeight);
        _neighbours = new ExampleNeighbours(examples, _analyzer, Similarity, TermWeight, SynonymTieBreaker);
        _sentences = new PassageSentences?[passages.Count];
        var textTerms = passages.Select(p => _analyzer.Terms(p.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        _passageTerms = passages.Select(p => textTerms[p.Ordinal].Concat(_analyzer.Terms(p.SectionTitle)).ToHashSet(StringComparer.Ordinal)).ToArray();

        // A section covers the words of the questions filed under it as well as its own: "tagged" in a
        // question is evidence for Be safe when staff ask about tagging there, not a word the policy lacks.
        var bySection = sections
            .ToDictionary(group => group.Key, group => group
                .SelectMany(p => _passageTerms[p.Ordinal])
                .Concat(examples.For(group.First().PolicyId, group.First().SectionId).SelectMany(_analyzer.Terms))
                .ToHashSet(StringComparer.Ordinal));
        _sectionTerms = passages.Select(p => bySection[SectionKey(p)]).ToArray();
        _corpusTerms = _sectionTerms.SelectMany(terms => terms).ToHashSet(StringComparer.Ordinal);
        _policyTitleTerms = passages.Select(p => p.PolicyTitle).Distinct().SelectMany(_analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        _titleTerms = new HashSet<string>(_policyTitleTerms, StringComparer.Ordinal);

        // Words in a fifth of all passages ("corrections", "employees") are as uninformative as title words.
        // Counted over passage text only: a heading ("Principles") shared by a section's bullets is what a
        // question about that section names.
        var commonThreshold = Math.Max(5, passages.Count / 5);
        _titleTerms.UnionWith(textTerms.SelectMany(terms => terms).GroupBy(term => term).Where(g => g.Count() >= commonThreshold).Select(g => g.Key));

        // A word no passage contains counts like a moderately rare one: questions carry details ("sentencing",
        // "petition") the policy never names, and a question made only of such words is still not covered.
        _unknownIdf = Idf(2);

        var vocabulary = passages.SelectMany(p => Words(p.Text + " " + p.SectionPath)).Concat(synonyms.Words)
            .Concat(examples.Covered.SelectMany(Words));
        _planner = new QueryPlanner(_analyzer, synonyms, new TypoCorrector(vocabulary));
        _notCovered = NotCoveredClassifier.Train(
            examples.Covered.Select(q => QuestionTerms(_planner.Plan(q))).ToList(),
            examples.NotCovered.Select(q => QuestionTerms(_planner.Plan(q))).ToList());
    }

    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Plans the question and returns the best passages, best first.</summary>
    public IReadOnlyList<SearchHit> Search(string question, int count)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Search(_planner.Plan(question), count);
    }

    /// <summary>Returns the best passages for an already planned question, best first.</summary>
    public IReadOnlyList<SearchHit> Search(List<QueryConcept> concepts, int count)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        return Evidence(concepts, Lexical(concepts, count));
    }

    /// <summary>The passages BM25 ranks best for a planned question, with their scores, best first.</summary>
    internal List<(int Doc, float Score)> Lexical(List<QueryConcept> concepts, int count) =>
        concepts.Count == 0 || Passages.Count == 0 ? [] : _scorer.Top(concepts, count, SynonymTieBreaker);

    /// <summary>
    /// What the index can say about some passages as answers to a planned question: how much of it each
    /// covers, and how the question sits with the policy as a whole. Every figure is this policy's own.
    /// </summary>
    internal List<SearchHit> Evidence(List<QueryConcept> concepts, IReadOnlyList<(int Doc, float Score)> candidates)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(candidates);
        var conceptIdf = new double[concepts.Count];
        var onTopic = false;
        for (var c = 0; c < concepts.Count; c++)
        {
            conceptIdf[c] = ConceptIdf(concepts[c]);
            onTopic |= ConceptCoverage.Mentions(concepts[c], _policyTitleTerms);
        }

        var corpusCoverage = ConceptCoverage.Share(concepts, conceptIdf, _corpusTerms);
        var likeNotCovered = candidates.Count == 0 || concepts.Count == 0 ? 0 : LikeNotCovered(concepts);
        var hits = new List<SearchHit>(candidates.Count);
        foreach (var (doc, score) in candidates)
        {
            var coverage = ((1 - SectionCoverageShare) * ConceptCoverage.Share(concepts, conceptIdf, _passageTerms[doc]))
                + (SectionCoverageShare * ConceptCoverage.Share(concepts, conceptIdf, _sectionTerms[doc]));
            var matched = ConceptCoverage.Distinctive(concepts, _sectionTerms[doc], _titleTerms);
            hits.Add(new SearchHit(Passages[doc], score, coverage, corpusCoverage, matched, onTopic, likeNotCovered) { Lexical = score, QuestionWords = concepts.Count });
        }

        return hits;
    }

    /// <summary>
    /// The same search through Lucene's own query execution: one disjunction-max clause per concept. Slower
    /// and allocation-heavy, so only tests use it, to check that <see cref="ConceptScorer"/> agrees.
    /// </summary>
    internal TopDocs LuceneTop(List<QueryConcept> concepts, int count)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var best = new DisjunctionMaxQuery(SynonymTieBreaker);
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                var alternative = concept.Alternatives[a];
                var together = new BooleanQuery();
                for (var t = 0; t < alternative.Terms.Count; t++)
                {
                    var term = alternative.Terms[t];
                    var weight = alternative.Weight / alternative.Terms.Count * TermWeight(term);
                    together.Add(new TermQuery(new Term(TextField, term)) { Boost = weight }, Occur.SHOULD);
                    together.Add(new TermQuery(new Term(SectionField, term)) { Boost = weight * SectionBoost }, Occur.SHOULD);
                }

                best.Add(together);
            }

            query.Add(best, Occur.SHOULD);
        }

        return _searcher.Search(query, count);
    }

    /// <summary>The concepts a question was planned into, for explaining a result.</summary>
    public List<QueryConcept> Plan(string question) => _planner.Plan(question);

    /// <summary>Plans a question already cut into words, so a caller that needs the words too cuts it once.</summary>
    internal List<QueryConcept> Plan(List<string> words) => _planner.Plan(words);

    /// <summary>How much a term says about which passage answers: its idf, a quarter of it for title and common words.</summary>
    internal double Rarity(string term)
    {
        var df = _text.DocFreq(term);
        return (df > 0 ? Idf(df) : _unknownIdf) * TermWeight(term);
    }

    /// <summary>The index terms of a piece of text, as questions and passages are analysed.</summary>
    internal List<string> Terms(string text) => _analyzer.Terms(text);

    /// <summary>A passage's sentences and their terms, cut on first use and kept.</summary>
    internal PassageSentences Sentences(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return _sentences[passage.Ordinal] ??= PassageSentences.Of(passage.Text, Terms);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    // One index document per section holding its example questions, read into postings that score each of
    // the section's passages as the section; null when no section has examples.
    private Bm25Postings? ExamplePostings(List<IGrouping<string, Passage>> sections, ExampleQuestions examples)
    {
        var texts = sections.Select(section => string.Join(" . ", examples.For(section.First().PolicyId, section.First().SectionId))).ToList();
        return texts.All(text => text.Length == 0)
            ? null
            : Bm25Postings.Of(texts, _analyzer, Similarity).Scatter(sections.Select(section => section.Select(p => p.Ordinal).ToArray()).ToList());
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', ':', ';', '(', ')', '\'', '"', '/', '-', '?', '!'], StringSplitOptions.RemoveEmptyEntries);

    // Rare words decide whether a passage is about the question; common ones ("staff", "policy") barely do.
    // A word no passage contains gets the highest weight: a question about "annual leave" is not covered
    // by a passage that only shares "policy".
    private float TermWeight(string term) => _titleTerms.Contains(term) ? TitleWordWeight : 1f;

    private double ConceptIdf(QueryConcept concept)
    {
        var df = 0;
        var allTitle = true;
        for (var a = 0; a < concept.Alternatives.Count; a++)
        {
            var alternative = concept.Alternatives[a];
            for (var t = 0; t < alternative.Terms.Count; t++)
            {
                var term = alternative.Terms[t];
                df = Math.Max(df, _text.DocFreq(term));
                allTitle &= _titleTerms.Contains(term);
            }
        }

        var idf = df > 0 ? Idf(df) : _unknownIdf;
        return allTitle ? idf * TitleWordWeight : idf;
    }

    // Two views of whether a question is one no policy answers, either of which may see it: the example
    // questions nearest it as a whole, and single words that mark other matters ("overtime", "payslip").
    // On the nine eval sets, the larger of the two handed off 94% of out-of-scope questions against 92%
    // for the neighbours alone and 88% for the words alone, for the same top-3 accuracy.
    private double LikeNotCovered(List<QueryConcept> concepts) =>
        Math.Max(_neighbours.NotCoveredShare(concepts), _notCovered.Probability(QuestionTerms(concepts)));

    // The words a question says, each as written or as corrected: what the not-covered classifier weighs.
    private static HashSet<string> QuestionTerms(List<QueryConcept> concepts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            terms.UnionWith(concept.Alternatives[0].Terms);
        }

        return terms;
    }

    private static string SectionKey(Passage passage) => passage.PolicyId + "#" + passage.SectionId;

    private double Idf(int docFreq) => Math.Log(1 + ((Passages.Count - docFreq + 0.5) / (docFreq + 0.5)));
}

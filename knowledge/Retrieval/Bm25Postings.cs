using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// A field's postings read once out of the Lucene index, each with its BM25 term-frequency part already
/// worked out, so that scoring a question is a few array walks.
/// </summary>
/// <remarks>
/// Lucene's own query execution builds weights, term enumerators and scorers for every clause of every
/// question: about 0.9 MB of garbage for the 30-odd clauses a planned question has, which is where the
/// answer latency's tail came from. The numbers here are Lucene's: the same norms, idf and formula as
/// <see cref="PolicySimilarity"/>, so a score is what IndexSearcher would give (a test checks this).
/// </remarks>
internal sealed class Bm25Postings
{
    private readonly Dictionary<string, TermPostings> _terms = new(StringComparer.Ordinal);

    private Bm25Postings(Dictionary<string, TermPostings> terms) => _terms = terms;

    public Bm25Postings(DirectoryReader reader, string field, PolicySimilarity similarity)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(similarity);
        var docCount = reader.MaxDoc;
        var sumTotalTermFreq = reader.GetSumTotalTermFreq(field);
        var averageLength = sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)docCount);
        var docs = new Dictionary<string, List<(int Doc, float Tf)>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var terms = atomic.GetTerms(field);
            var norms = atomic.GetNormValues(field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var text = termsEnum.Term.Utf8ToString();
                if (!docs.TryGetValue(text, out var list))
                {
                    docs[text] = list = [];
                }

                var postings = termsEnum.Docs(atomic.LiveDocs, null);
                int doc;
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    // BM25: freq (k1 + 1) / (freq + k1 (1 - b + b length / average length)).
                    var length = norms is null ? averageLength : similarity.LengthOf(norms.Get(doc));
                    var lengthNorm = PolicySimilarity.Saturation * ((1 - PolicySimilarity.LengthWeight) + (PolicySimilarity.LengthWeight * length / averageLength));
                    float freq = postings.Freq;
                    list.Add((leaf.DocBase + doc, freq * (PolicySimilarity.Saturation + 1) / (freq + lengthNorm)));
                }
            }
        }

        foreach (var (term, list) in docs)
        {
            _terms[term] = new TermPostings(
                similarity.IdfOf(list.Count, docCount),
                list.Select(p => p.Doc).ToArray(),
                list.Select(p => p.Tf).ToArray());
        }
    }

    /// <summary>
    /// The postings of a short-lived index with one document per text, in order: for texts scored beside the
    /// passages (a section's example questions, every example question) rather than kept in the main index.
    /// </summary>
    public static Bm25Postings Of(IEnumerable<string> texts, PolicyAnalyzer analyzer, PolicySimilarity similarity)
    {
        ArgumentNullException.ThrowIfNull(texts);
        const string field = "text";
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PolicyAnalyzer.Version, analyzer) { Similarity = similarity }))
        {
            foreach (var text in texts)
            {
                writer.AddDocument(new LuceneDocument { new TextField(field, text, Field.Store.NO) });
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        return new Bm25Postings(reader, field, similarity);
    }

    /// <summary>
    /// These postings, read from an index of whole sections, spread over the passages: each passage scores
    /// as its section does. <paramref name="passagesOf"/> gives each section document's passages in order.
    /// </summary>
    public Bm25Postings Scatter(IReadOnlyList<int[]> passagesOf)
    {
        ArgumentNullException.ThrowIfNull(passagesOf);
        var scattered = new Dictionary<string, TermPostings>(_terms.Count, StringComparer.Ordinal);
        foreach (var (term, postings) in _terms)
        {
            var docs = new List<int>();
            var tf = new List<float>();
            for (var i = 0; i < postings.Docs.Length; i++)
            {
                foreach (var passage in passagesOf[postings.Docs[i]])
                {
                    docs.Add(passage);
                    tf.Add(postings.Tf[i]);
                }
            }

            scattered[term] = new TermPostings(postings.Idf, [.. docs], [.. tf]);
        }

        return new Bm25Postings(scattered);
    }

    /// <summary>How many passages hold the term in this field.</summary>
    public int DocFreq(string term) => _terms.TryGetValue(term, out var postings) ? postings.Docs.Length : 0;

    public bool TryGet(string term, out TermPostings postings) => _terms.TryGetValue(term, out postings!);

    /// <summary>One term's passages, in document order, with the term's idf and each passage's term-frequency part.</summary>
    internal sealed record TermPostings(float Idf, int[] Docs, float[] Tf);
}

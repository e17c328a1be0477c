using System.Numerics.Tensors;
using PolicyBot.Knowledge.Retrieval;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Measuring aid (docs/accuracy.md, "Session 5: token-level alignment"): how well a passage supports each of a
/// question's content words, by the sentence model's word-piece vectors and by the words themselves, written
/// into the feature dump beside the hit's features. Measured and not adopted: nothing answers with it.
/// </summary>
internal sealed class AlignmentProbe(LibraryIndex index)
{
    /// <summary>The measures, in the order <see cref="Features"/> gives them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "maxsim mean", "maxsim min", "maxsim idf mean",
        "missing idf", "missing in document", "missing idf absent", "missing idf elsewhere", "missing idf section",
        "content words", "ablation max rise", "ablation mean rise",
        "text maxsim mean", "text maxsim min", "text maxsim idf mean",
        "section maxsim mean", "section maxsim min", "section maxsim idf mean",
    ];

    private readonly Dictionary<(string View, string Policy, int Ordinal), TokenVectors> _tokens = [];
    private readonly Dictionary<(string Policy, int Ordinal), float[]> _vectors = [];
    private readonly Dictionary<string, AlignmentTerms> _policies = new(StringComparer.Ordinal);

    /// <summary>The measures for a question and a hit (see <see cref="Names"/>).</summary>
    public double[] Features(string question, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(hit);
        var encoder = index.Encoder ?? throw new InvalidOperationException("The alignment needs the sentence model.");
        var passage = hit.Passage;
        var terms = Terms(passage.PolicyId);
        var text = index.SemanticQuery(question);
        var q = encoder.EncodeTokens(text, query: true);
        var words = ContentWords(q, terms);

        // The lexical side: the rarest of the question's words that the passage (or its section) lacks.
        var stems = terms.Analyse(text).Distinct().ToList();
        var missing = stems.Where(t => !terms.PassageTerms[passage.Ordinal].Contains(t)).ToList();
        var top = missing.OrderByDescending(terms.Idf).FirstOrDefault();

        // Leaving each content word out of the question: the rise in similarity marks a word the passage does not support.
        var vector = Vector(encoder, passage);
        var whole = TensorPrimitives.Dot(encoder.EncodeQuery(text), vector);
        var rises = words.Select(w => (double)TensorPrimitives.Dot(encoder.EncodeQuery(string.Join(' ', q.Words.Where((_, i) => i != w.Word))), vector) - whole).ToList();

        var section = passage.SectionPath + ": " + string.Join(" ", index.PassagesOf(passage.PolicyId).Where(p => p.SectionId == passage.SectionId).Select(p => p.Text));
        return
        [
            .. Aggregate(q, words, Tokens(encoder, "embedded", passage, index.EmbeddingText(passage))),
            top is null ? 0 : terms.Idf(top),
            top is not null && terms.Document.Contains(top) ? 1 : 0,
            missing.Where(t => !terms.Document.Contains(t)).Select(terms.Idf).DefaultIfEmpty(0).Max(),
            missing.Where(terms.Document.Contains).Select(terms.Idf).DefaultIfEmpty(0).Max(),
            stems.Where(t => !terms.SectionTerms[passage.SectionId].Contains(t)).Select(terms.Idf).DefaultIfEmpty(0).Max(),
            words.Count,
            rises.DefaultIfEmpty(0).Max(),
            rises.DefaultIfEmpty(0).Average(),
            .. Aggregate(q, words, Tokens(encoder, "text", passage, passage.Text)),
            .. Aggregate(q, words, Tokens(encoder, "section", passage, section)),
        ];
    }

    /// <summary>
    /// Mean, least and idf-weighted mean over the question's content words of each word's best cosine with any
    /// word piece of the passage (ColBERT's MaxSim); 1 for a question without content words.
    /// </summary>
    internal static double[] Aggregate(TokenVectors question, IReadOnlyList<(int Word, double Idf)> words, TokenVectors passage)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return [1, 1, 1];
        }

        var support = words.Select(w => MaxSim(question, w.Word, passage)).ToArray();
        return [support.Average(), support.Min(), words.Select((w, i) => w.Idf * support[i]).Sum() / words.Sum(w => w.Idf)];
    }

    // The question's words that the index would search for (stop words, chat words and punctuation out), with their idf.
    private static List<(int Word, double Idf)> ContentWords(TokenVectors question, AlignmentTerms terms)
    {
        var words = new List<(int, double)>();
        for (var w = 0; w < question.Words.Length; w++)
        {
            if (terms.Analyse(question.Words[w]) is [var stem, ..])
            {
                words.Add((w, terms.Idf(stem)));
            }
        }

        return words;
    }

    // The best cosine of one question word (its pieces' vectors summed) with any piece of the passage.
    private static double MaxSim(TokenVectors question, int word, TokenVectors passage)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passage);
        var vector = new float[question.Dimensions];
        for (var t = 0; t < question.Count; t++)
        {
            if (question.WordOf[t] == word)
            {
                TensorPrimitives.Add(vector, question[t], vector);
            }
        }

        var norm = TensorPrimitives.Norm(vector);
        var best = double.MinValue;
        for (var t = 0; t < passage.Count; t++)
        {
            if (passage.WordOf[t] >= 0)
            {
                best = Math.Max(best, TensorPrimitives.Dot(vector, passage[t]) / norm);
            }
        }

        return best;
    }

    private TokenVectors Tokens(SentenceEncoder encoder, string view, Passage passage, string text)
    {
        var key = (view, passage.PolicyId, passage.Ordinal);
        if (!_tokens.TryGetValue(key, out var tokens))
        {
            tokens = encoder.EncodeTokens(text, query: false);
            _tokens[key] = tokens;
        }

        return tokens;
    }

    private float[] Vector(SentenceEncoder encoder, Passage passage)
    {
        if (!_vectors.TryGetValue((passage.PolicyId, passage.Ordinal), out var vector))
        {
            vector = encoder.EncodePassages([index.EmbeddingText(passage)])[0];
            _vectors[(passage.PolicyId, passage.Ordinal)] = vector;
        }

        return vector;
    }

    private AlignmentTerms Terms(string policyId)
    {
        if (!_policies.TryGetValue(policyId, out var terms))
        {
            terms = new AlignmentTerms(index.IndexOf(policyId)!);
            _policies[policyId] = terms;
        }

        return terms;
    }
}

using System.Numerics.Tensors;
using PolicyBot.Knowledge.Retrieval;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Measuring aid (docs/accuracy.md, "Session 6: a second sentence model"): how close a second sentence model,
/// snowflake-arctic-embed-xs (trained for retrieval with hard negatives), puts a question and a hit, written into
/// the feature dump beside the hit's features. Nothing answers with it.
/// </summary>
internal sealed class ArcticProbe(LibraryIndex index, SentenceEncoder encoder)
{
    /// <summary>The measures, in the order <see cref="Features"/> gives them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "arctic", "arctic text", "arctic section", "arctic section best", "arctic no prefix",
        "arctic lift", "arctic rank", "arctic policy best", "arctic policy best section",
    ];

    private readonly Dictionary<string, PolicyVectors> _policies = new(StringComparer.Ordinal);

    /// <summary>
    /// The probe over the Arctic model beside the knowledge base's, at its precision (8-bit, as it would ship, unless
    /// <c>Knowledge__ModelPrecision=Full</c>), or null when the model is not in its models folder.
    /// </summary>
    public static ArcticProbe? For(PolicyKnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var options = knowledge.Options;
        var models = string.IsNullOrWhiteSpace(options.ModelsFolder) ? SentenceModelFiles.DefaultFolder : options.ModelsFolder;
        if (!knowledge.Index.IsSemantic || !Directory.Exists(Path.Combine(models, SentenceModel.ArcticXs.Id)))
        {
            return null;
        }

        var cache = string.IsNullOrWhiteSpace(options.VectorCacheFolder) ? Path.Combine("data", "vectors") : options.VectorCacheFolder;
        return new ArcticProbe(knowledge.Index, SentenceEncoder.Shared(models, SentenceModel.ArcticXs, options.ModelPrecision, cache));
    }

    /// <summary>The question's vectors, with the model's query prefix and without, to pass to <see cref="Features"/> for each of its hits.</summary>
    public (float[] Prefixed, float[] Bare) Question(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = index.SemanticQuery(question);
        return (encoder.EncodeQuery(text), encoder.EncodePassages([text])[0]);
    }

    /// <summary>The measures for a question and a hit (see <see cref="Names"/>).</summary>
    public double[] Features((float[] Prefixed, float[] Bare) question, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var passage = hit.Passage;
        var policy = Vectors(passage.PolicyId);
        var q = question.Prefixed;
        var embedded = policy.Embedded.Select(v => (double)TensorPrimitives.Dot(q, v)).ToArray();
        var cosine = embedded[passage.Ordinal];
        var members = policy.Passages.Where(p => p.SectionId == passage.SectionId).Select(p => p.Ordinal).ToList();
        var sections = policy.Sections.Select(v => (double)TensorPrimitives.Dot(q, v)).ToArray();
        return
        [
            cosine,
            TensorPrimitives.Dot(q, policy.Text[passage.Ordinal]),
            sections[policy.SectionOf[passage.SectionId]],
            members.Max(p => embedded[p]),
            TensorPrimitives.Dot(question.Bare, policy.Embedded[passage.Ordinal]),
            cosine - embedded.Average(),
            1.0 / (1 + embedded.Count(c => c > cosine)),
            embedded.Max(),
            sections.Max(),
        ];
    }

    // A policy's passages encoded by Arctic, as the index embeds them, as text alone, and each section whole (as
    // the index's section vectors are made); encoded once per run, when one of its passages is first a candidate.
    private PolicyVectors Vectors(string policyId)
    {
        if (!_policies.TryGetValue(policyId, out var vectors))
        {
            var passages = index.PassagesOf(policyId);
            var sections = passages.GroupBy(p => p.SectionId).ToList();
            var texts = passages.Select(index.EmbeddingText)
                .Concat(passages.Select(p => p.Text))
                .Concat(sections.Select(g => g.First().SectionPath + ": " + string.Join(" ", g.Select(p => p.Text))))
                .ToList();
            var encoded = encoder.EncodePassages(texts);
            vectors = new PolicyVectors(
                passages,
                encoded[..passages.Count],
                encoded[passages.Count..(2 * passages.Count)],
                encoded[(2 * passages.Count)..],
                sections.Select((g, i) => (g.Key, i)).ToDictionary(s => s.Key, s => s.i, StringComparer.Ordinal));
            _policies[policyId] = vectors;
        }

        return vectors;
    }

    private sealed record PolicyVectors(IReadOnlyList<Passage> Passages, float[][] Embedded, float[][] Text, float[][] Sections, Dictionary<string, int> SectionOf);
}

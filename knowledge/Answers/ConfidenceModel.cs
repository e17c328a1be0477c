using System.Globalization;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Turns a hit's evidence into the probability that its section answers the question: a logistic model over
/// how much of the question the passage covers and how strongly it matched in its policy's words, how close
/// the sentence model puts them, and what the policy's own example questions say. Every input is the
/// passage's or its own policy's, never another policy's, so adding a document leaves the confidence of
/// questions about the others where it was. Fitted with <c>eval --calibrate</c> (see docs/accuracy.md).
/// </summary>
/// <param name="Bias">The intercept.</param>
/// <param name="Weights">One weight per feature, in the order of <see cref="FeatureNames"/>.</param>
public sealed record ConfidenceModel(double Bias, IReadOnlyList<double> Weights)
{
    /// <summary>The features, in the order <see cref="Features"/> gives them.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "coverage", "log lexical", "policy coverage", "matched", "on topic", "like not covered",
        "semantic", "section semantic", "lexical rank", "semantic rank", "tuned", "semantic lift",
        "example semantic", "not covered semantic", "log question words",
    ];

    /// <summary>
    /// Features (numbered as in <see cref="FeatureNames"/>) that only the untuned documents' confidence reads: the
    /// question's length is the same for every candidate, so it cannot rank them, and the tuned models keep the
    /// weights fitted before it (0 for it). How sure to be of a document nobody tuned may still depend on it.
    /// </summary>
    public static IReadOnlySet<int> UntunedConfidenceOnly { get; } = new HashSet<int> { 14 };

    /// <summary>The confidence of the tuned policies' hits (fitted with <c>eval --calibrate</c>).</summary>
    public static ConfidenceModel Default { get; } = new(-5.199, [0.217, -0.304, -0.042, 0.513, 1.269, -4.412, 3.41, 3.385, 1.342, 0.845, 1.538, 1.894, 2.413, -2.278, 0]);

    /// <summary>The ranking of the tuned policies' hits: the same features, fitted on every candidate passage rather than the best.</summary>
    public static ConfidenceModel DefaultRanking { get; } = new(0, [3.282, 0.532, 2.927, 0.374, 1.709, 0.461, 12.545, 4.221, 1.295, 1.163, -5.004, -2.288, 13.004, -4.625, 0]);

    /// <summary>
    /// The confidence of hits of documents nobody tuned, fitted on nine libraries (each with its organisations named,
    /// as a deployment names them) and the Social Media sets against the tuned models held fixed
    /// (<c>eval --fit untuned-only=1,library-share=0.75</c>). Its bias holds their threshold, as
    /// <see cref="KnowledgeOptions.MinConfidence"/> serves both: the fit's -6.588 plus 0.266, the log-odds that moves
    /// leave-one-library-out's at-most-5%-refused point (0.434) to 0.5 (docs/accuracy.md, "Session 6: nine libraries,
    /// organisations named"). The question's length counts: longer questions, more confidence.
    /// </summary>
    public static ConfidenceModel UntunedDefault { get; } = new(-6.322, [1.419, -0.374, 1.052, 0.254, 0.475, 0, 4.055, 3.235, 0.42, 0.442, 0, 1.677, 0, 0, 1.26]);

    /// <summary>The ranking of hits of documents nobody tuned, fitted with <see cref="UntunedDefault"/>, on the same scale as <see cref="DefaultRanking"/>.</summary>
    public static ConfidenceModel UntunedDefaultRanking { get; } = new(0, [5.26, 0.476, 1.497, 0.175, 1.105, 0, 13.642, 8.044, -0.274, 0.722, 0, 0.014, 0, 0, 0]);

    /// <summary>A hit's features, in the order of <see cref="FeatureNames"/>.</summary>
    public static double[] Features(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return
        [
            hit.Coverage, Math.Log(1 + hit.Lexical), hit.CorpusCoverage, hit.Matched, hit.OnTopic ? 1 : 0, hit.LikeNotCovered,
            hit.Semantic, hit.SectionSemantic, hit.LexicalRank, hit.SemanticRank, hit.Tuned ? 1 : 0, hit.SemanticLift,
            hit.ExampleSemantic, hit.NotCoveredSemantic, Math.Log(1 + hit.QuestionWords),
        ];
    }

    /// <summary>The probability the model gives the hit.</summary>
    public double Score(SearchHit hit) => Logistic.Sigmoid(Logit(hit));

    /// <summary>The log-odds: what a ranking compares, since probabilities near 1 tie.</summary>
    public double Logit(SearchHit hit)
    {
        var features = Features(hit);
        var z = Bias;
        for (var i = 0; i < features.Length && i < Weights.Count; i++)
        {
            z += Weights[i] * features[i];
        }

        return z;
    }

    /// <summary>The model as C# would construct it, for pasting into <see cref="Default"/> after a fit.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"new({Bias}, [{string.Join(", ", Weights.Select(w => w.ToString(CultureInfo.InvariantCulture)))}])  // {string.Join(", ", FeatureNames)}");
}

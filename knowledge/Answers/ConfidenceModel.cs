using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Turns retrieval evidence into a probability that the cited section answers the question: a logistic
/// model over how much of the question the best passage covers, how strongly it matched, how many of the
/// question's distinctive concepts its section holds, whether the question names the policy's subject and how
/// much the example questions nearest it are ones no policy answers.
/// The weights were fitted with `eval --calibrate` on nine question sets in tests/PolicyBot.Knowledge.Tests/
/// TestData together (dev, holdout, fresh, unseen, final and next-a to next-d: 662 in scope, 195 out), with
/// the example questions of knowledge/examples loaded; none of those questions is an example.
/// </summary>
/// <param name="Bias">The intercept.</param>
/// <param name="CoverageWeight">Weight of the rarity-weighted share of question concepts the best passage contains.</param>
/// <param name="ScoreWeight">Weight of log(1 + BM25 score) of the best passage.</param>
/// <param name="CorpusCoverageWeight">Weight of the share of question concepts found anywhere in the policies.</param>
/// <param name="MatchedWeight">Weight of the number of distinctive question concepts the best passage's section holds.</param>
/// <param name="TopicWeight">Weight of the question naming a policy's subject (1) or not (0).</param>
/// <param name="NotCoveredWeight">Weight of how much the nearest example questions are ones no policy answers.</param>
public sealed record ConfidenceModel(
    double Bias,
    double CoverageWeight,
    double ScoreWeight,
    double CorpusCoverageWeight,
    double MatchedWeight = 0,
    double TopicWeight = 0,
    double NotCoveredWeight = 0)
{
    public static ConfidenceModel Default { get; } = new(-2.34, 1.32, 1.0, 0.8, 0.17, 0.4, -2.81);

    /// <summary>The model's inputs for a best hit, in the order of the weights after the bias.</summary>
    public static double[] Features(SearchHit best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return [best.Coverage, Math.Log(1 + best.Score), best.CorpusCoverage, best.Matched, best.OnTopic ? 1 : 0, best.LikeNotCovered];
    }

    public double Score(SearchHit best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return Logistic.Sigmoid(Bias + (CoverageWeight * best.Coverage) + (ScoreWeight * Math.Log(1 + best.Score))
            + (CorpusCoverageWeight * best.CorpusCoverage) + (MatchedWeight * best.Matched) + (TopicWeight * (best.OnTopic ? 1 : 0))
            + (NotCoveredWeight * best.LikeNotCovered));
    }

    public double Score(double coverage, double score, double corpusCoverage) =>
        Logistic.Sigmoid(Bias + (CoverageWeight * coverage) + (ScoreWeight * Math.Log(1 + score)) + (CorpusCoverageWeight * corpusCoverage));
}

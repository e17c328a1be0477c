using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Turns retrieval evidence into a probability that the cited section answers the question: a logistic
/// model over how much of the question the best passage covers, how strongly it matched, how many of the
/// question's distinctive concepts its section holds and whether the question names the policy's subject.
/// The weights were fitted on tests/PolicyBot.Knowledge.Tests/TestData/eval-dev.jsonl with `eval --calibrate`.
/// </summary>
/// <param name="Bias">The intercept.</param>
/// <param name="CoverageWeight">Weight of the rarity-weighted share of question concepts the best passage contains.</param>
/// <param name="ScoreWeight">Weight of log(1 + BM25 score) of the best passage.</param>
/// <param name="CorpusCoverageWeight">Weight of the share of question concepts found anywhere in the policies.</param>
/// <param name="MatchedWeight">Weight of the number of distinctive question concepts the best passage's section holds.</param>
/// <param name="TopicWeight">Weight of the question naming a policy's subject (1) or not (0).</param>
public sealed record ConfidenceModel(
    double Bias,
    double CoverageWeight,
    double ScoreWeight,
    double CorpusCoverageWeight,
    double MatchedWeight = 0,
    double TopicWeight = 0)
{
    public static ConfidenceModel Default { get; } = new(-4.16, 1.13, 0.68, 1.12, 1.39, 1.23);

    /// <summary>The model's inputs for a best hit, in the order of the weights after the bias.</summary>
    public static double[] Features(SearchHit best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return [best.Coverage, Math.Log(1 + best.Score), best.CorpusCoverage, best.Matched, best.OnTopic ? 1 : 0];
    }

    public double Score(SearchHit best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return Sigmoid(Bias + (CoverageWeight * best.Coverage) + (ScoreWeight * Math.Log(1 + best.Score))
            + (CorpusCoverageWeight * best.CorpusCoverage) + (MatchedWeight * best.Matched) + (TopicWeight * (best.OnTopic ? 1 : 0)));
    }

    public double Score(double coverage, double score, double corpusCoverage) =>
        Sigmoid(Bias + (CoverageWeight * coverage) + (ScoreWeight * Math.Log(1 + score)) + (CorpusCoverageWeight * corpusCoverage));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}

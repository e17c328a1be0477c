using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Turns retrieval evidence into a probability that the cited section answers the question: a logistic
/// model over how much of the question the best passage covers and how strongly it matched. The weights
/// were fitted on tests/PolicyBot.Knowledge.Tests/TestData/eval-dev.jsonl with `eval --calibrate`.
/// </summary>
/// <param name="Bias">The intercept.</param>
/// <param name="CoverageWeight">Weight of the rarity-weighted share of question concepts the best passage contains.</param>
/// <param name="ScoreWeight">Weight of log(1 + BM25 score) of the best passage.</param>
/// <param name="CorpusCoverageWeight">Weight of the share of question concepts found anywhere in the policies.</param>
public sealed record ConfidenceModel(double Bias, double CoverageWeight, double ScoreWeight, double CorpusCoverageWeight)
{
    public static ConfidenceModel Default { get; } = new(-3.47, 3.31, 1.55, 0);

    public double Score(SearchHit best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return Score(best.Coverage, best.Score, best.CorpusCoverage);
    }

    public double Score(double coverage, double score, double corpusCoverage) =>
        1 / (1 + Math.Exp(-(Bias + (CoverageWeight * coverage) + (ScoreWeight * Math.Log(1 + score)) + (CorpusCoverageWeight * corpusCoverage))));
}

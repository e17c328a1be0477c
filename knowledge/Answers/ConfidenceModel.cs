namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Turns retrieval evidence into a probability that the cited section answers the question: a logistic
/// model over how much of the question the best passage covers and how strongly it matched. The weights
/// were fitted on tests/PolicyBot.Knowledge.Tests/TestData/eval-dev.jsonl with `eval --calibrate`.
/// </summary>
/// <param name="Bias">The intercept.</param>
/// <param name="CoverageWeight">Weight of the rarity-weighted share of question concepts the best passage contains.</param>
/// <param name="ScoreWeight">Weight of log(1 + BM25 score) of the best passage.</param>
public sealed record ConfidenceModel(double Bias, double CoverageWeight, double ScoreWeight)
{
    public static ConfidenceModel Default { get; } = new(-4.26, 3.13, 1.99);

    public double Score(double coverage, double score) =>
        1 / (1 + Math.Exp(-(Bias + (CoverageWeight * coverage) + (ScoreWeight * Math.Log(1 + score)))));
}

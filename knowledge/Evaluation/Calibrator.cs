using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Fits the <see cref="ConfidenceModel"/> by logistic regression: questions whose best passages include the
/// right section are positives, out-of-scope questions and wrong retrievals are negatives.
/// </summary>
public static class Calibrator
{
    private const int Iterations = 20_000;
    private const double LearningRate = 0.5;
    private const double L2 = 0.001;

    public static ConfidenceModel Fit(PolicyKnowledgeBase knowledge, IReadOnlyList<EvalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cases);
        var samples = new List<(double Coverage, double LogScore, double Corpus, double Label)>();
        foreach (var evalCase in cases)
        {
            var hits = knowledge.Index.Search(evalCase.Question, 3);
            if (hits.Count == 0)
            {
                samples.Add((0, 0, 0, 0));
                continue;
            }

            var right = !evalCase.OutOfScope && hits.Any(hit => evalCase.Sections!.Contains(hit.Passage.SectionPath));
            samples.Add((hits[0].Coverage, Math.Log(1 + hits[0].Score), hits[0].CorpusCoverage, right ? 1 : 0));
        }

        double bias = 0, coverage = 0, score = 0, corpus = 0;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            double gradBias = 0, gradCoverage = 0, gradScore = 0, gradCorpus = 0;
            foreach (var (x1, x2, x3, y) in samples)
            {
                var error = Sigmoid(bias + (coverage * x1) + (score * x2) + (corpus * x3)) - y;
                gradBias += error;
                gradCoverage += error * x1;
                gradScore += error * x2;
                gradCorpus += error * x3;
            }

            bias -= LearningRate * gradBias / samples.Count;
            coverage -= LearningRate * ((gradCoverage / samples.Count) + (L2 * coverage));
            score -= LearningRate * ((gradScore / samples.Count) + (L2 * score));
            corpus -= LearningRate * ((gradCorpus / samples.Count) + (L2 * corpus));
        }

        return new ConfidenceModel(Math.Round(bias, 2), Math.Round(coverage, 2), Math.Round(score, 2), Math.Round(corpus, 2));
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}

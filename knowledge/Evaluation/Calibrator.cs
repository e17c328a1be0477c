using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Fits the two models over a hit's features. The ranking is a conditional logit: for each question, the
/// probability of its right candidates among all candidates of every policy (fitted on questions the
/// documents answer). The confidence is a logistic regression on the best-ranked hit of each question,
/// labelled by whether the first three sections cited hold a right one (out-of-scope questions never do).
/// Question sets of the two kinds (the shipped policy's, naming section paths; a library's, naming
/// documents) weigh the same in total, so neither model learns one policy's habits at the expense of
/// documents as they come.
/// </summary>
public static class Calibrator
{
    // Candidates per question the fit sees: every policy's, as the library index puts them forward.
    private const int AllCandidates = 1000;
    private const double RankingL2 = 1e-4;
    private const double ConfidenceL2 = 1e-3;
    private const int RankingSteps = 3000;

    /// <summary>Fits both models on question sets pooled; a set whose cases name documents is a library's.</summary>
    public static (ConfidenceModel Ranking, ConfidenceModel Confidence) Fit(PolicyKnowledgeBase knowledge, IReadOnlyList<IReadOnlyList<EvalCase>> sets)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(sets);
        var kinds = sets.SelectMany(set => set.Select(c => (Case: c, Library: set.Any(x => x.Answers is not null)))).ToList();
        var library = kinds.Count(k => k.Library);
        var questions = kinds
            .Select(k => (k.Case, Weight: k.Library ? 0.5 / Math.Max(1, library) : 0.5 / Math.Max(1, kinds.Count - library), Hits: Candidates(knowledge, k.Case, k.Library)))
            .ToList();

        var inScope = questions
            .Where(q => !q.Case.OutOfScope && q.Hits.Any(hit => Right(q.Case, hit)))
            .Select(q => (q.Weight, Features: q.Hits.Select(ConfidenceModel.Features).ToArray(), Right: q.Hits.Select(hit => Right(q.Case, hit)).ToArray()))
            .ToList();
        var ranking = ConditionalLogit(inScope);

        var confidence = new List<(double[], bool, double)>();
        foreach (var (evalCase, weight, hits) in questions)
        {
            var ranked = hits.OrderByDescending(ranking.Logit).ToList();
            if (ranked.Count == 0)
            {
                confidence.Add((new double[ConfidenceModel.FeatureNames.Count], false, weight));
                continue;
            }

            var sections = ranked.DistinctBy(hit => (hit.Passage.PolicyId, hit.Passage.SectionId)).Take(3);
            confidence.Add((ConfidenceModel.Features(ranked[0]), sections.Any(hit => Right(evalCase, hit)), weight));
        }

        return (ranking, Logistic(confidence));
    }

    // A set that names section paths was written for the shipped policies, which have example questions:
    // its out-of-scope questions are out of their scope, and another document may well answer them
    // ("how do I apply for annual leave"), so they are judged on the tuned policies' hits alone.
    private static List<SearchHit> Candidates(PolicyKnowledgeBase knowledge, EvalCase evalCase, bool library)
    {
        var hits = knowledge.Index.Search(evalCase.Question, AllCandidates);
        return evalCase.OutOfScope && !library ? hits.Where(hit => hit.Tuned).ToList() : hits.ToList();
    }

    private static bool Right(EvalCase evalCase, SearchHit hit) =>
        !evalCase.OutOfScope && evalCase.IsRight(new Citation(hit.Passage.PolicyTitle, hit.Passage.PolicyId, hit.Passage.SectionPath, hit.Passage.SectionId, hit.Passage.Text));

    // Maximises each question's weighted log-probability of its right candidates by Adam steps.
    private static ConfidenceModel ConditionalLogit(List<(double Weight, double[][] Features, bool[] Right)> questions)
    {
        var n = ConfidenceModel.FeatureNames.Count;
        var w = new double[n];
        var m = new double[n];
        var v = new double[n];
        const double rate = 0.05, beta1 = 0.9, beta2 = 0.999;
        for (var step = 1; step <= RankingSteps; step++)
        {
            var gradient = new double[n];
            foreach (var (weight, features, right) in questions)
            {
                var scores = features.Select(x => Dot(w, x)).ToArray();
                var max = scores.Max();
                var all = scores.Select(s => Math.Exp(s - max)).ToArray();
                var total = all.Sum();
                var rightTotal = all.Where((_, i) => right[i]).Sum();
                for (var i = 0; i < features.Length; i++)
                {
                    var share = (all[i] / total) - (right[i] ? all[i] / rightTotal : 0);
                    for (var k = 0; k < n; k++)
                    {
                        gradient[k] += weight * share * features[i][k];
                    }
                }
            }

            for (var k = 0; k < n; k++)
            {
                var g = gradient[k] + (RankingL2 * w[k]);
                m[k] = (beta1 * m[k]) + ((1 - beta1) * g);
                v[k] = (beta2 * v[k]) + ((1 - beta2) * g * g);
                w[k] -= rate * (m[k] / (1 - Math.Pow(beta1, step))) / (Math.Sqrt(v[k] / (1 - Math.Pow(beta2, step))) + 1e-8);
            }
        }

        // A ranking needs no intercept: only differences between a question's candidates count.
        return new ConfidenceModel(0, w.Select(x => Math.Round(x, 3)).ToArray());
    }

    private static double Dot(double[] w, double[] x)
    {
        var z = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            z += w[i] * x[i];
        }

        return z;
    }

    // L2-regularised logistic regression by Newton's method: a dozen weights converge in a few steps.
    private static ConfidenceModel Logistic(List<(double[] Features, bool Label, double Weight)> samples)
    {
        var n = ConfidenceModel.FeatureNames.Count + 1;
        var w = new double[n];
        for (var step = 0; step < 25; step++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var (features, label, weight) in samples)
            {
                var x = new double[n];
                x[0] = 1;
                Array.Copy(features, 0, x, 1, n - 1);
                var z = 0.0;
                for (var i = 0; i < n; i++)
                {
                    z += w[i] * x[i];
                }

                var p = Answers.Logistic.Sigmoid(z);
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += weight * (p - (label ? 1 : 0)) * x[i];
                    for (var j = 0; j < n; j++)
                    {
                        hessian[i, j] += weight * p * (1 - p) * x[i] * x[j];
                    }
                }
            }

            // The bias is not shrunk: only the weights are, so that no one feature is trusted too far.
            for (var i = 1; i < n; i++)
            {
                gradient[i] += ConfidenceL2 * w[i];
                hessian[i, i] += ConfidenceL2;
            }

            var delta = Solve(hessian, gradient);
            for (var i = 0; i < n; i++)
            {
                w[i] -= delta[i];
            }
        }

        var rounded = w.Select(x => Math.Round(x, 3)).ToArray();
        return new ConfidenceModel(rounded[0], rounded[1..]);
    }

    // Gaussian elimination with partial pivoting.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                pivot = Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]) ? row : pivot;
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                x[row] -= factor * x[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            for (var k = row + 1; k < n; k++)
            {
                x[row] -= m[row, k] * x[k];
            }

            x[row] /= m[row, row];
        }

        return x;
    }
}

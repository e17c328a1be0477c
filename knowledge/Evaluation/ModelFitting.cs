using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>The two fits the calibrator makes: a conditional logit for the ranking, a logistic regression for the confidence.</summary>
internal static class ModelFitting
{
    // Maximises each question's weighted log-probability of its right candidates by Adam steps. A candidate
    // without features is scored by its fixed log-odds (Offsets): another model's, held as it is.
    public static ConfidenceModel ConditionalLogit(List<(double Weight, double[]?[] Features, bool[] Right, double[] Offsets)> questions, double l2, int steps)
    {
        var n = ConfidenceModel.FeatureNames.Count;
        var w = new double[n];
        var m = new double[n];
        var v = new double[n];
        const double rate = 0.05, beta1 = 0.9, beta2 = 0.999;
        for (var step = 1; step <= steps; step++)
        {
            var gradient = new double[n];
            foreach (var (weight, features, right, offsets) in questions)
            {
                // Plain loops: a fit runs this for every candidate of every question, thousands of times.
                var scores = new double[features.Length];
                var max = double.NegativeInfinity;
                for (var i = 0; i < features.Length; i++)
                {
                    scores[i] = features[i] is { } x ? Dot(w, x) : offsets[i];
                    max = Math.Max(max, scores[i]);
                }

                double total = 0, rightTotal = 0;
                for (var i = 0; i < features.Length; i++)
                {
                    scores[i] = Math.Exp(scores[i] - max);
                    total += scores[i];
                    rightTotal += right[i] ? scores[i] : 0;
                }

                for (var i = 0; i < features.Length; i++)
                {
                    if (features[i] is not { } x)
                    {
                        continue;
                    }

                    var share = weight * ((scores[i] / total) - (right[i] ? scores[i] / rightTotal : 0));
                    for (var k = 0; k < n; k++)
                    {
                        gradient[k] += share * x[k];
                    }
                }
            }

            for (var k = 0; k < n; k++)
            {
                var g = gradient[k] + (l2 * w[k]);
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
    public static ConfidenceModel Logistic(List<(double[] Features, bool Label, double Weight)> samples, double l2)
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
                gradient[i] += l2 * w[i];
                hessian[i, i] += l2;
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

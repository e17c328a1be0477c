using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// The chance that a question is one no policy answers, from its words: a logistic regression learnt when
/// the knowledge loads, from the example questions filed under sections against those in
/// examples/not-covered.txt. It learns that "overtime", "payslip" or "lockdown" mark a question as another
/// matter however many of the policy's words ("online", "the department", "prisoner") come with them.
/// </summary>
internal sealed class NotCoveredClassifier
{
    // Stochastic gradient descent in a fixed, seeded order, so the same examples always give the same
    // weights. Chosen on the eval sets, none of whose questions is an example: 60 passes and an L2 of 0.01
    // separated in-scope from out-of-scope questions with an area under the curve of 0.96 to 1.0 on each.
    private const int Passes = 60;
    private const double LearningRate = 0.5;
    private const double L2 = 0.01;
    private const int Seed = 17;

    private readonly Dictionary<string, double> _weights;
    private readonly double _bias;

    private NotCoveredClassifier(Dictionary<string, double> weights, double bias)
    {
        _weights = weights;
        _bias = bias;
    }

    /// <summary>A classifier that never calls a question not covered, for when there are no examples.</summary>
    public static NotCoveredClassifier None { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal), double.NegativeInfinity);

    /// <summary>Learns from each example's set of terms; an empty side gives <see cref="None"/>.</summary>
    public static NotCoveredClassifier Train(IReadOnlyList<HashSet<string>> covered, IReadOnlyList<HashSet<string>> notCovered)
    {
        ArgumentNullException.ThrowIfNull(covered);
        ArgumentNullException.ThrowIfNull(notCovered);
        if (covered.Count == 0 || notCovered.Count == 0)
        {
            return None;
        }

        var samples = covered.Select(terms => (Terms: terms, Label: 0.0))
            .Concat(notCovered.Select(terms => (Terms: terms, Label: 1.0)))
            .ToArray();
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var bias = 0.0;
        var random = new Random(Seed);
        for (var pass = 0; pass < Passes; pass++)
        {
            random.Shuffle(samples);
            foreach (var (terms, label) in samples)
            {
                var error = Logistic.Sigmoid(Logit(weights, bias, terms)) - label;
                bias -= LearningRate * error;
                foreach (var term in terms)
                {
                    var weight = weights.GetValueOrDefault(term);
                    weights[term] = weight - (LearningRate * (error + (L2 * weight)));
                }
            }
        }

        return new NotCoveredClassifier(weights, bias);
    }

    /// <summary>The chance (0..1) that a question with these terms is not covered; unknown terms say nothing.</summary>
    public double Probability(HashSet<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return double.IsNegativeInfinity(_bias) ? 0 : Logistic.Sigmoid(Logit(_weights, _bias, terms));
    }

    private static double Logit(Dictionary<string, double> weights, double bias, HashSet<string> terms)
    {
        var z = bias;
        foreach (var term in terms)
        {
            z += weights.GetValueOrDefault(term);
        }

        return z;
    }
}

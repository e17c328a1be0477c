using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// One model for the hits of tuned policies (with example questions, synonyms and not-covered lists) and one for
/// documents nobody tuned: the tuned policies keep the model fitted on them to the digit, while documents as they
/// come get weights and a threshold of their own. Both give log-odds on one scale, so hits of both kinds rank together.
/// </summary>
/// <param name="Tuned">The model of hits whose policy is tuned.</param>
/// <param name="Untuned">The model of every other hit.</param>
public sealed record SplitModel(ConfidenceModel Tuned, ConfidenceModel Untuned)
{
    /// <summary>The shipped ranking.</summary>
    public static SplitModel DefaultRanking { get; } = new(ConfidenceModel.DefaultRanking, ConfidenceModel.UntunedDefaultRanking);

    /// <summary>The shipped confidence.</summary>
    public static SplitModel DefaultConfidence { get; } = new(ConfidenceModel.Default, ConfidenceModel.UntunedDefault);

    /// <summary>One model for every hit, as before session 5 (a fit shared by both kinds of document).</summary>
    public static SplitModel Both(ConfidenceModel model) => new(model, model);

    /// <summary>The model that reads this hit.</summary>
    public ConfidenceModel For(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return hit.Tuned ? Tuned : Untuned;
    }

    /// <summary>The hit's log-odds by its own kind's model.</summary>
    public double Logit(SearchHit hit) => For(hit).Logit(hit);

    /// <summary>The hit's probability by its own kind's model.</summary>
    public double Score(SearchHit hit) => For(hit).Score(hit);
}

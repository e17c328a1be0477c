namespace PolicyBot.Knowledge.Answers;

/// <summary>How PolicyBot decides what to answer and cite.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Below this confidence the bot says the policy does not cover the question and offers a person.</summary>
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>At most this many citations per answer.</summary>
    public int MaxCitations { get; set; } = 3;

    /// <summary>A passage is cited beside the best one when it scores at least this share of the best score.</summary>
    public double CitationScoreRatio { get; set; } = 0.5;

    public ConfidenceModel Confidence { get; set; } = ConfidenceModel.Default;
}

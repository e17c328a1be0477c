using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Answers;

/// <summary>How PolicyBot decides what to answer and cite.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Below this confidence the bot says the policy does not cover the question and offers a person.</summary>
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>
    /// The organisation whose policies these are, as staff name it: comma-separated names and abbreviations
    /// ("Ara Poutama Aotearoa, Department of Corrections, Corrections"). A question's words that name it say
    /// whose rules are meant, not which part answers, so they are left out of the search. Empty: none.
    /// </summary>
    public string Organisation { get; set; } = string.Empty;

    /// <summary>At most this many citations per answer.</summary>
    public int MaxCitations { get; set; } = 3;

    /// <summary>A passage is cited beside the best one when it scores at least this share of the best score.</summary>
    public double CitationScoreRatio { get; set; } = 0.5;

    /// <summary>
    /// The same share when the best passage is a document nobody tuned: its confidence is read on a scale moved up
    /// (its bias sets where at most 5% of answerable questions are refused), so half of it admits passages that say
    /// nothing (docs/accuracy.md, "Session 6: supporting citations and hand-off routes").
    /// </summary>
    public double UntunedCitationScoreRatio { get; set; } = 0.75;

    /// <summary>How sure the bot is that the best hit's section answers: what <see cref="MinConfidence"/> is compared with; tuned and untuned documents each have their own.</summary>
    public SplitModel Confidence { get; set; } = SplitModel.DefaultConfidence;

    /// <summary>How hits of every policy are ranked against each other; tuned and untuned documents each have their own, on one scale.</summary>
    public SplitModel Ranking { get; set; } = SplitModel.DefaultRanking;

    /// <summary>The sentence model searched with the words ("all-minilm-l6-v2"); empty for words alone.</summary>
    public string SemanticModel { get; set; } = SentenceModel.MiniLM.Id;

    /// <summary>How the sentence model's weights are held: quantized to 8 bits (made at the first start, kept beside the vectors) runs about twice as fast.</summary>
    public SentencePrecision ModelPrecision { get; set; } = SentencePrecision.Quantized;

    /// <summary>Where the models are; empty for models/ beside the binaries.</summary>
    public string ModelsFolder { get; set; } = string.Empty;

    /// <summary>Where passage vectors are kept between restarts; empty for data/vectors under the working folder.</summary>
    public string VectorCacheFolder { get; set; } = string.Empty;

    /// <summary>How many recent questions' vectors are kept in memory (0: only those of the few questions being answered).</summary>
    public int QueryCacheSize { get; set; } = 512;
}

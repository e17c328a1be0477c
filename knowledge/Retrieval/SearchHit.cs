namespace PolicyBot.Knowledge.Retrieval;

/// <summary>A passage that matched a question, with the evidence that it answers it.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">What hits are ranked by: BM25 within one policy's index; across the library, the ranking model's log-odds that the passage's section answers the question.</param>
/// <param name="Coverage">Share (0..1, weighted by rarity in its policy) of the question's concepts that the passage or its heading contains.</param>
/// <param name="CorpusCoverage">Share (0..1, weighted the same way) of the question's concepts that any passage of its policy contains.</param>
/// <param name="Matched">How many of the question's distinctive concepts (not its policy's title or common words) the passage or its section contains.</param>
/// <param name="OnTopic">Whether the question names its policy's subject: a word of its title, or a synonym of one.</param>
/// <param name="LikeNotCovered">How much (0..1) the example questions nearest the question are ones its policy does not answer.</param>
public sealed record SearchHit(Passage Passage, float Score, double Coverage, double CorpusCoverage, int Matched = 0, bool OnTopic = false, double LikeNotCovered = 0)
{
    /// <summary>The passage's BM25 score in its policy's index (0 when only the semantic model found it).</summary>
    public float Lexical { get; init; }

    /// <summary>Cosine similarity of the question and the passage in the sentence model (0 without one).</summary>
    public double Semantic { get; init; }

    /// <summary>The best cosine similarity of the question with any passage of the same section.</summary>
    public double SectionSemantic { get; init; }

    /// <summary>1 / (1 + rank) of the passage in its policy's BM25 ranking; 0 when not among the first.</summary>
    public double LexicalRank { get; init; }

    /// <summary>1 / (1 + rank) of the passage in its policy's semantic ranking; 0 when not among the first.</summary>
    public double SemanticRank { get; init; }

    /// <summary>How far the passage's similarity stands above the average of its policy's passages for this question.</summary>
    public double SemanticLift { get; init; }

    /// <summary>The best cosine similarity of the question with an example question filed under the passage's section (0 when none is).</summary>
    public double ExampleSemantic { get; init; }

    /// <summary>The best cosine similarity of the question with an example question its policy does not answer (0 when there are none).</summary>
    public double NotCoveredSemantic { get; init; }

    /// <summary>How many words of the question its policy's index searches for (stop and chat words out; a synonym phrase counts once).</summary>
    public int QuestionWords { get; init; }

    /// <summary>Whether its policy has example questions written for it.</summary>
    public bool Tuned { get; init; }
}

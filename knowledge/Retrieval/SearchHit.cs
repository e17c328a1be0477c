namespace PolicyBot.Knowledge.Retrieval;

/// <summary>A passage that matched a question.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">The BM25 score.</param>
/// <param name="Coverage">Share (0..1, weighted by rarity) of the question's concepts that the passage or its heading contains.</param>
/// <param name="CorpusCoverage">Share (0..1, weighted the same way) of the question's concepts that any passage contains.</param>
/// <param name="Matched">How many of the question's distinctive concepts (not policy-title or common words) the passage or its section contains.</param>
/// <param name="OnTopic">Whether the question names a policy's subject: a word of its title, or a synonym of one.</param>
/// <param name="LikeNotCovered">How much (0..1) the example questions nearest the question are ones no policy answers.</param>
public sealed record SearchHit(Passage Passage, float Score, double Coverage, double CorpusCoverage, int Matched = 0, bool OnTopic = false, double LikeNotCovered = 0);

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>A passage that matched a question.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">The BM25 score.</param>
/// <param name="Coverage">Share (0..1, weighted by rarity) of the question's concepts that the passage or its heading contains.</param>
/// <param name="CorpusCoverage">Share (0..1, weighted the same way) of the question's concepts that any passage contains.</param>
public sealed record SearchHit(Passage Passage, float Score, double Coverage, double CorpusCoverage);

using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>A case with every candidate passage the library puts forward for it: what a fit learns from.</summary>
/// <param name="Case">The case.</param>
/// <param name="Library">Whether it comes from a library's set (naming documents) rather than a tuned policy's.</param>
/// <param name="Hits">Its candidates, with their features.</param>
public sealed record CalibrationQuestion(EvalCase Case, bool Library, IReadOnlyList<SearchHit> Hits);

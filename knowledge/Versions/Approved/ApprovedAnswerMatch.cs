namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>An approved answer found for a question, with the clause it interprets as the current version has it.</summary>
/// <param name="Answer">The approved answer.</param>
/// <param name="Similarity">How alike the question and the approved question are (0..1).</param>
/// <param name="Version">The policy version in force.</param>
/// <param name="Clause">The clause in that version: the policy's words shown beside the answer.</param>
public sealed record ApprovedAnswerMatch(ApprovedAnswer Answer, double Similarity, PolicyVersion Version, SectionVersion Clause);

namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>
/// How alike two questions are, from 0 (nothing in common) to 1 (the same question): what matches a new
/// question to an approved one. The knowledge base's retrieval implements it today; a semantic model can
/// implement it tomorrow without the matcher changing.
/// </summary>
public interface IQuestionSimilarity
{
    /// <summary>How alike <paramref name="question"/> is to <paramref name="other"/>, read in the words of the policy <paramref name="policyId"/>.</summary>
    double Similarity(string question, string other, string policyId);
}

using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// The documents a library's question set was written for: those its answers name. Its out-of-scope
/// questions are out of the scope of those documents only; another library loaded beside them may well
/// answer one ("does the company match 401k contributions"), so a set is fitted and scored on its own
/// documents with the tuned (shipped) policies beside them, as a library is deployed, and no other library.
/// </summary>
public static class LibraryScope
{
    /// <summary>The policy ids of the documents the set's answers name, or null for a set that names section paths.</summary>
    public static IReadOnlySet<string>? Of(IReadOnlyList<EvalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var ids = cases
            .SelectMany(c => c.Answers ?? [])
            .Select(answer => Path.GetFileNameWithoutExtension(answer.Document))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return ids.Count == 0 ? null : ids;
    }

    /// <summary>A set's documents with the tuned policies beside them: what it is answered on, as a library is deployed.</summary>
    public static IReadOnlySet<string> WithTuned(IReadOnlySet<string> documents, PolicyKnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(knowledge);
        return documents.Union(knowledge.Index.TunedPolicies).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether a hit may answer a case of the set: it comes from one of the set's documents or from a tuned policy.</summary>
    public static bool Admits(IReadOnlySet<string> scope, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(hit);
        return hit.Tuned || scope.Contains(hit.Passage.PolicyId);
    }
}

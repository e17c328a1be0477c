using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Finds a team's approved answer for a question, to show beside the policy's answer.</summary>
public interface IApprovedAnswerFinder
{
    /// <summary>The approved answer that fits, labelled and with its clause quoted; null when none does.</summary>
    Task<ApprovedAnswerReply?> FindAsync(string question, PolicyKnowledgeBase knowledge, VersionCatalog catalog, CancellationToken cancellationToken);
}

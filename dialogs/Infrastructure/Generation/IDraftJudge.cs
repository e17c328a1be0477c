using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>A model's view of a draft's tone, shown beside the rule-based verdict and never instead of it.</summary>
public interface IDraftJudge
{
    /// <summary>One or two sentences of concern, or null when the model has none or could not be used.</summary>
    Task<string?> JudgeAsync(PolicyKnowledgeBase knowledge, string draft, PostCheckResult verdict, CancellationToken cancellationToken);
}

using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Rewrites an extractive answer as a generated one grounded in the same passages, or keeps it.</summary>
public interface IAnswerGenerator
{
    Task<AnswerResult> GenerateAsync(PolicyKnowledgeBase knowledge, PolicyAnswer extractive, IAnswerProgress? progress, CancellationToken cancellationToken);
}

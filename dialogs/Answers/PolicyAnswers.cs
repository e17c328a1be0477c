using PolicyBot.Dialogs.Infrastructure.Knowledge;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Answers a question: extractively, then through the model when one is configured. Teams and `ask` both use it.</summary>
public sealed class PolicyAnswers(KnowledgeProvider knowledge, IAnswerGenerator? generator = null)
{
    public async Task<AnswerResult> AnswerAsync(string question, IAnswerProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var extractive = kb.Ask(question);
        return generator is null
            ? AnswerResult.Extractive(extractive)
            : await generator.GenerateAsync(kb, extractive, progress, cancellationToken).ConfigureAwait(false);
    }
}

using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Versions;

namespace PolicyBot.Dialogs.Answers;

/// <summary>
/// Answers a question: extractively, then through the model when one is configured; says which version it
/// quotes once a policy has changed. Teams and `ask` both use it.
/// </summary>
public sealed class PolicyAnswers(KnowledgeProvider knowledge, IAnswerGenerator? generator = null, PolicyVersions? versions = null)
{
    public async Task<AnswerResult> AnswerAsync(string question, IAnswerProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var extractive = kb.Ask(question);
        var result = generator is null
            ? AnswerResult.Extractive(extractive)
            : await generator.GenerateAsync(kb, extractive, progress, cancellationToken).ConfigureAwait(false);
        var catalog = versions is null ? null : await versions.TryCatalogAsync(kb, cancellationToken).ConfigureAwait(false);
        return catalog is null ? result : result with { VersionNote = catalog.NoteFor(result.Answer.Citations.Select(c => c.PolicyId)) };
    }
}

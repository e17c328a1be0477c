using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.Answers;

/// <summary>
/// Answers a question: extractively, then through the model when one is configured; says which version it
/// quotes once a policy has changed, and adds a team's approved answer when one fits. Teams and `ask` both use it.
/// </summary>
public sealed class PolicyAnswers(KnowledgeProvider knowledge, IAnswerGenerator? generator = null, PolicyVersions? versions = null, IApprovedAnswerFinder? approved = null)
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
        if (catalog is null)
        {
            return result;
        }

        var team = approved is null ? null : await approved.FindAsync(question, kb, catalog, cancellationToken).ConfigureAwait(false);
        var answer = team is not null && !result.Answer.Answered ? FromClause(result.Answer, team) : result.Answer;
        return result with
        {
            Answer = answer,
            Approved = team,
            VersionNote = catalog.NoteFor(answer.Citations.Select(c => c.PolicyId)),
        };
    }

    // The search found nothing to quote but a team's answer fits: the clause it interprets is the policy's
    // answer, so the approved answer never stands without the policy's words.
    private static PolicyAnswer FromClause(PolicyAnswer notCovered, ApprovedAnswerReply team)
    {
        var title = team.Clause.Section[(team.Clause.Section.LastIndexOf('>') + 1)..].Trim();
        return notCovered with
        {
            Answered = true,
            Text = $"The {team.Clause.Policy} says, under \"{title}\": \u201c{team.Clause.Quote.Replace("\n", " ", StringComparison.Ordinal)}\u201d",
            Citations = [team.Clause],
            Handoff = null,
        };
    }
}

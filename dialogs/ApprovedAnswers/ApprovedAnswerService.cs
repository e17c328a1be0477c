using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.ApprovedAnswers;

/// <summary>
/// Approved answers at work: found for later questions (beside the policy's answer, never instead of it),
/// counted when shown, and sent back for review when a new version changes the clause they interpret.
/// </summary>
public sealed class ApprovedAnswerService(ApprovedAnswerStore store, IOptions<EscalationSettings> settings, TimeProvider time, ILogger<ApprovedAnswerService> logger) : IPolicyVersionListener, IApprovedAnswerFinder
{
    // Each knowledge base gets its own likeness measure (it reads that load's passages and synonyms).
    private readonly ConditionalWeakTable<PolicyKnowledgeBase, ApprovedAnswerMatcher> _matchers = [];

    /// <summary>The approved answer for a question, labelled, with the clause quoted as the version in force has it; null when none fits.</summary>
    public async Task<ApprovedAnswerReply?> FindAsync(string question, PolicyKnowledgeBase knowledge, VersionCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(catalog);
        try
        {
            var current = await store.CurrentAsync(cancellationToken).ConfigureAwait(false);
            if (current.Count == 0)
            {
                return null;
            }

            var matcher = _matchers.GetValue(knowledge, kb => new ApprovedAnswerMatcher(new RetrievalQuestionSimilarity(kb.Index)));
            if (matcher.Find(question, current, catalog.Current) is not { } match)
            {
                return null;
            }

            await store.RecordUseAsync(match.Answer.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return ApprovedAnswerReply.Of(match, TimeZoneInfo.FindSystemTimeZoneById(settings.Value.TimeZone));
        }
        catch (DbException ex)
        {
            // The policy's own answer still goes; only the team's addition is missing.
            Log.ApprovedAnswersUnavailable(logger, ex);
            return null;
        }
    }

    /// <summary>Expires the answers whose clause the new version changed or removed; moves those whose words moved.</summary>
    public async Task OnNewVersionAsync(PolicyVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var current = await store.CurrentAsync(cancellationToken).ConfigureAwait(false);
        foreach (var changed in ApprovedAnswerReview.Review(current, version, time.GetUtcNow()))
        {
            if (await store.UpdateAsync(changed, ApprovedAnswerState.Current, cancellationToken).ConfigureAwait(false))
            {
                Log.ApprovedAnswerChanged(logger, long.Parse(changed.Id, System.Globalization.CultureInfo.InvariantCulture), changed.State.ToString());
            }
        }
    }
}

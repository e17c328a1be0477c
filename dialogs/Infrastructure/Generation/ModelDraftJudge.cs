using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>Asks the model about a draft's tone; keeps only a cited concern that does not contradict the rules.</summary>
internal sealed partial class ModelDraftJudge(IChatModel model, IOptions<AzureOpenAISettings> settings, GenerationMetrics metrics, ILogger<ModelDraftJudge> logger) : IDraftJudge
{
    public async Task<string?> JudgeAsync(PolicyKnowledgeBase knowledge, string draft, PostCheckResult verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(verdict);
        var passages = GroundedPassages.For(knowledge, draft, verdict.Reasons.Select(r => r.Citation), settings.Value.MaxPassages);
        var reply = await model.CompleteAsync(GroundingPrompt.Judge(draft, passages), null, cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            metrics.Fallback("judge-" + failure);
            return null;
        }

        if (reply.Text!.Contains(GroundingPrompt.NoConcern, StringComparison.Ordinal))
        {
            return null;
        }

        // A judgment may add a concern; it may never clear a draft, which only the cited rules can do.
        var (checkedJudgment, rejected) = AnswerCheck.Check(reply.Text, passages.Count);
        rejected ??= Clears().IsMatch(reply.Text) ? "clears-draft" : null;
        if (checkedJudgment is null || rejected is not null)
        {
            Log.AnswerRejected(logger, "judge-" + rejected);
            metrics.Fallback("judge-" + rejected);
            return null;
        }

        var sections = checkedJudgment.Cited.Select(i => passages[i].Section.Split('>')[^1].Trim()).Distinct();
        return $"{Marker().Replace(checkedJudgment.Text, string.Empty).Replace(" .", ".", StringComparison.Ordinal).Trim()} (See: {string.Join("; ", sections)}.)";
    }

    [GeneratedRegex(@"\b(fine|ok|okay|safe|allowed|acceptable|good)\s+to\s+(post|publish|share)\b|\byou\s+(can|may)\s+(post|publish|share)\b|\bno\s+(problem|issue|concern)s?\b|\bnothing\s+wrong\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clears();

    [GeneratedRegex(@"\s*\[\d{1,3}\]")]
    private static partial Regex Marker();
}

using System.Collections.Concurrent;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>
/// The model's judgment for each verdict card, asked once per draft and verdict: the card is drawn again on every
/// refresh and button, and each of those must not cost another model call.
/// </summary>
public sealed class DraftJudgments(IDraftJudge? judge = null)
{
    private const int MaxRemembered = 500;
    private readonly ConcurrentDictionary<(string Draft, Verdict Verdict), string?> _seen = new();

    public async Task<string?> ForAsync(PolicyKnowledgeBase knowledge, string? draft, PostCheckResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (judge is null || draft is null)
        {
            return null;
        }

        if (_seen.TryGetValue((draft, result.Verdict), out var known))
        {
            return known;
        }

        var judgment = await judge.JudgeAsync(knowledge, draft, result, cancellationToken).ConfigureAwait(false);
        if (_seen.Count >= MaxRemembered)
        {
            _seen.Clear();
        }

        _seen[(draft, result.Verdict)] = judgment;
        return judgment;
    }
}

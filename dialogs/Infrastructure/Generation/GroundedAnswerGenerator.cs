using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>
/// Asks the model to answer from the top passages only, and shows its answer only when code has checked it;
/// anything else (a fault, a refusal, a missing or wrong citation, an opinion) gets the extractive answer.
/// </summary>
internal sealed class GroundedAnswerGenerator(IChatModel model, IOptions<AzureOpenAISettings> settings, GenerationMetrics metrics, TimeProvider time, ILogger<GroundedAnswerGenerator> logger) : IAnswerGenerator
{
    public const string Reading = "Reading the policy\u2026";

    // Teams throttles a conversation's messages; streamed updates faster than this buy nothing and risk a 429.
    private static readonly TimeSpan MinStreamInterval = TimeSpan.FromSeconds(1);

    public async Task<AnswerResult> GenerateAsync(PolicyKnowledgeBase knowledge, PolicyAnswer extractive, IAnswerProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(extractive);

        // Nothing to ground an answer in: the handoff stands, and the model is not asked to improvise one.
        if (!extractive.Answered)
        {
            return new AnswerResult(extractive, false, null);
        }

        var kind = RequestScreen.Classify(extractive.Question);
        if (kind != RequestKind.Question)
        {
            Log.QuestionScreened(logger, kind);
            metrics.Fallback(kind.ToString());
            return new AnswerResult(extractive, false, RequestScreen.Note(kind));
        }

        var passages = GroundedPassages.For(knowledge, extractive.Question, extractive.Citations, settings.Value.MaxPassages);
        Func<string, CancellationToken, Task>? onText = null;
        if (progress is not null)
        {
            await progress.InformAsync(Reading, cancellationToken).ConfigureAwait(false);
            var shown = 0;
            var last = DateTimeOffset.MinValue;
            onText = async (text, token) =>
            {
                // Only whole sentences that already pass the checks reach the screen while streaming.
                var safe = AnswerCheck.SafePrefix(text, passages.Count);
                if (safe.Length > shown && time.GetUtcNow() - last >= MinStreamInterval)
                {
                    shown = safe.Length;
                    last = time.GetUtcNow();
                    await progress.TextAsync(safe, token).ConfigureAwait(false);
                }
            };
        }

        var reply = await model.CompleteAsync(GroundingPrompt.Answer(extractive.Question, passages), onText, cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            metrics.Fallback(failure);
            return new AnswerResult(extractive, false, FailureNote(failure));
        }

        var (checkedAnswer, rejected) = AnswerCheck.Check(reply.Text, passages.Count);
        if (checkedAnswer is null)
        {
            Log.AnswerRejected(logger, rejected!);
            metrics.Fallback(rejected!);
            return new AnswerResult(extractive, false, null);
        }

        var cited = checkedAnswer.Cited.Select(i => passages[i]).ToList();
        var notes = cited.Select(c => c.PolicyId).Distinct().Select(knowledge.ReviewNote).OfType<string>().ToList();
        return new AnswerResult(
            extractive with { Text = checkedAnswer.Text, Citations = cited, ReviewNote = notes.Count == 0 ? null : string.Join(" ", notes) },
            true,
            null);
    }

    private static string FailureNote(string failure) => failure switch
    {
        "timeout" => "The AI answer took too long, so this is the policy's own wording.",
        _ => "The AI answer service is unavailable just now, so this is the policy's own wording.",
    };
}

using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.Answers;

/// <summary>An answer and how it was made.</summary>
/// <param name="Answer">The answer shown: generated text with the passages it cites, or the extractive answer.</param>
/// <param name="Generated">True for a model answer, false for the extractive one, null when no model is configured.</param>
/// <param name="Note">A short note on why a configured model's answer is not shown, or null.</param>
public sealed record AnswerResult(PolicyAnswer Answer, bool? Generated, string? Note)
{
    /// <summary>"Quoted from the Social Media Policy, version 2, effective 1 March 2027." once a cited policy has changed; else null.</summary>
    public string? VersionNote { get; init; }

    /// <summary>A team's approved answer that fits the question, shown beside the policy's answer; else null.</summary>
    public ApprovedAnswerReply? Approved { get; init; }

    public static AnswerResult Extractive(PolicyAnswer answer) => new(answer, null, null);
}

using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Answers;

/// <summary>An answer and how it was made.</summary>
/// <param name="Answer">The answer shown: generated text with the passages it cites, or the extractive answer.</param>
/// <param name="Generated">True for a model answer, false for the extractive one, null when no model is configured.</param>
/// <param name="Note">A short note on why a configured model's answer is not shown, or null.</param>
public sealed record AnswerResult(PolicyAnswer Answer, bool? Generated, string? Note)
{
    public static AnswerResult Extractive(PolicyAnswer answer) => new(answer, null, null);
}

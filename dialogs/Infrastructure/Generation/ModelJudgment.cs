namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>How a model's judgment of a draft is labelled wherever it is shown.</summary>
public static class ModelJudgment
{
    public const string Label = "AI judgment (not a policy rule; the verdict stands)";
}

namespace PolicyBot.Dialogs.Answers;

/// <summary>The "Welcome" configuration section: the example questions the greeting offers.</summary>
public sealed class WelcomeSettings
{
    public const string SectionName = "Welcome";

    public IList<string> Examples { get; } = [];

    public static IReadOnlyList<string> DefaultExamples { get; } =
    [
        "Can I share Corrections' Facebook posts?",
        "Can I criticise government policy on my own account?",
        "An offender sent me a friend request. What should I do?",
        "Who owns this policy?",
    ];
}

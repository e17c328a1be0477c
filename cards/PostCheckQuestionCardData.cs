namespace PolicyBot.Cards;

/// <summary>One question of the "can I post this?" flow.</summary>
/// <param name="FlowId">The check this card belongs to; every button sends it back.</param>
/// <param name="Step">How many answers were given before this card, so a stale click can be spotted.</param>
/// <param name="QuestionId">The question's id in the flow.</param>
/// <param name="Text">The question.</param>
/// <param name="Help">A line of explanation, or null.</param>
/// <param name="Choices">The answers to choose from.</param>
/// <param name="Selected">The answer chosen before (after Back), or null.</param>
/// <param name="Progress">A short line such as "Question 3 · your draft answered 5 already".</param>
/// <param name="Signals">What the draft triggered, or empty.</param>
/// <param name="CanGoBack">True when there is an answer to go back to.</param>
/// <param name="Refresh">Set in shared conversations, to keep the card private to its owner.</param>
public sealed record PostCheckQuestionCardData(
    string FlowId,
    int Step,
    string QuestionId,
    string Text,
    string? Help,
    IReadOnlyList<ChoiceCardData> Choices,
    string? Selected,
    string Progress,
    IReadOnlyList<SignalCardData> Signals,
    bool CanGoBack,
    RefreshCardData? Refresh);

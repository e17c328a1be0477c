namespace PolicyBot.Cards;

/// <summary>
/// The "Ask a person" confirmation: where the question will go and why (from routing.json), the question with
/// its context to edit, a choice of destination, and a "keep my name confidential" toggle.
/// </summary>
public sealed record EscalationConfirmCardData(string To, string Name, string Reason, string Source, UserText Question, IReadOnlyList<RouteChoiceCardData> Routes, string Where, int MaxLength = EscalationConfirmCardData.MaxQuestionLength)
{
    public const int MaxQuestionLength = 3000;

    public string FallbackText => $"Ask a person: {Name}. {Reason}";
}

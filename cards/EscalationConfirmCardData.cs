namespace PolicyBot.Cards;

/// <summary>
/// The "Ask a person" confirmation: where the question will go and why (from routing.json), the question with
/// its context to edit, a choice of destination, and a "keep my name confidential" toggle. Policy, sent back with the
/// form, says what the question is about: a policy id, "none" for a question no policy covers, or empty when none was asked.
/// </summary>
public sealed record EscalationConfirmCardData(string To, string Name, string Reason, string Source, UserText Question, IReadOnlyList<RouteChoiceCardData> Routes, string Where, int MaxLength = EscalationConfirmCardData.MaxQuestionLength, string Policy = "")
{
    public const int MaxQuestionLength = 3000;

    public string FallbackText => $"Ask a person: {Name}. {Reason}";
}

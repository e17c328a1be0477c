namespace PolicyBot.Cards;

/// <summary>The form that saves a ticket's answer as an approved answer: question, answer and the clause it interprets.</summary>
/// <param name="EscalationId">The ticket the answer came from.</param>
/// <param name="Reference">"PB-1012".</param>
/// <param name="Team">The team that stands behind the answer: "Communications team".</param>
/// <param name="Question">The question as staff will match it (the ticket's, editable).</param>
/// <param name="Answer">The answer (the ticket's, editable).</param>
/// <param name="Clauses">The sections to pick from: those the bot cited for the question first, then the rest.</param>
/// <param name="Clause">The one chosen so far ("policy#section"), or empty.</param>
/// <param name="Notice">What went wrong with the last try, or null.</param>
public sealed record ApproveAnswerCardData(
    long EscalationId,
    string Reference,
    string Team,
    UserText Question,
    UserText Answer,
    IReadOnlyList<ChoiceCardData> Clauses,
    string Clause,
    string? Notice = null)
{
    public string FallbackText => $"Save the answer to {Reference} as an approved answer.";
}

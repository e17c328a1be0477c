namespace PolicyBot.Knowledge.Posting;

/// <summary>A question of the "can I post this?" flow.</summary>
/// <param name="Id">Unique in the flow; cards and stored progress refer to it.</param>
/// <param name="Text">The question as staff see it.</param>
/// <param name="Help">A line of explanation under the question, or null.</param>
/// <param name="Assume">The answer a draft check uses when the draft leaves the question open.</param>
/// <param name="Answers">The choices, in the order shown.</param>
/// <param name="Draft">How a pasted draft answers it, or null when only the person can.</param>
public sealed record FlowQuestion(string Id, string Text, string? Help, string Assume, IReadOnlyList<FlowAnswer> Answers, DraftRules? Draft)
{
    public FlowAnswer? Answer(string id) => Answers.FirstOrDefault(answer => answer.Id == id);
}

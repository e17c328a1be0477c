namespace PolicyBot.Knowledge.Posting;

/// <summary>One answer to a flow question: where it leads and what it adds to the verdict.</summary>
/// <param name="Id">Unique within its question.</param>
/// <param name="Label">The button text.</param>
/// <param name="Next">The next question's id, or <see cref="PostCheckFlow.End"/>.</param>
/// <param name="Outcome">The id of the outcome this answer adds, or null.</param>
public sealed record FlowAnswer(string Id, string Label, string Next, string? Outcome);

namespace PolicyBot.Knowledge.Posting;

/// <summary>A question of the flow and the answer given to it.</summary>
public sealed record FlowStep(FlowQuestion Question, FlowAnswer Answer);

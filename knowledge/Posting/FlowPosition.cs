namespace PolicyBot.Knowledge.Posting;

/// <summary>Where a run of the flow stands: the steps taken and the question waiting (null when finished).</summary>
public sealed record FlowPosition(IReadOnlyList<FlowStep> Steps, FlowQuestion? Waiting)
{
    public bool Finished => Waiting is null;
}

using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Posting;

/// <summary>What an answer means for the post: a verdict, why, what to check, who to ask, and the policy's words.</summary>
/// <param name="Id">Unique in the flow.</param>
/// <param name="Verdict">How serious it is.</param>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="Check">For a caution, what to check before posting; otherwise null.</param>
/// <param name="Handoff">Route ids (routing.json) of who to ask or who authorises, in order.</param>
/// <param name="Citation">The section and quote the outcome rests on.</param>
public sealed record FlowOutcome(string Id, Verdict Verdict, string Reason, string? Check, IReadOnlyList<string> Handoff, Citation Citation);

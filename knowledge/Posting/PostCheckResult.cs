using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Posting;

/// <summary>The verdict on a post, with the reasons and next steps it rests on.</summary>
/// <param name="Verdict">The most serious outcome reached.</param>
/// <param name="Reasons">For "ok", what makes it fine; otherwise every concern, most serious first.</param>
/// <param name="Handoffs">Who to ask or who authorises, most relevant first; empty when no one is needed.</param>
/// <param name="Signals">What a draft check found in the text; empty for the question flow alone.</param>
/// <param name="QuestionsLeft">Questions the draft did not settle, whose assumed answers the verdict used.</param>
public sealed record PostCheckResult(
    Verdict Verdict,
    IReadOnlyList<FlowOutcome> Reasons,
    IReadOnlyList<Handoff> Handoffs,
    IReadOnlyList<DraftSignal> Signals,
    IReadOnlyList<FlowQuestion> QuestionsLeft);

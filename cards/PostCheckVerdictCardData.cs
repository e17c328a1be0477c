namespace PolicyBot.Cards;

/// <summary>The verdict of a "can I post this?" check.</summary>
/// <param name="FlowId">The check this card belongs to.</param>
/// <param name="Step">How many answers the verdict rests on.</param>
/// <param name="Verdict">ok, caution, needs-authorisation or do-not-post.</param>
/// <param name="Title">The verdict in words, such as "Not without authorisation".</param>
/// <param name="Summary">One line on what to do.</param>
/// <param name="Style">The container style that colours the verdict: good, warning or attention.</param>
/// <param name="Signals">What the draft triggered, or empty.</param>
/// <param name="Reasons">Each reason with its section and quote.</param>
/// <param name="NextSteps">Who to ask or who authorises.</param>
/// <param name="AskTo">The route "Ask a person" goes to, or null when no one is needed.</param>
/// <param name="AskLabel">The button text for <paramref name="AskTo"/>.</param>
/// <param name="Question">What "Ask a person" sends as the question.</param>
/// <param name="ReviewNote">The policy's review note, or null.</param>
/// <param name="Refresh">Set in shared conversations, to keep the card private to its owner.</param>
public sealed record PostCheckVerdictCardData(
    string FlowId,
    int Step,
    string Verdict,
    string Title,
    string Summary,
    string Style,
    IReadOnlyList<SignalCardData> Signals,
    IReadOnlyList<ReasonCardData> Reasons,
    IReadOnlyList<NextStepCardData> NextSteps,
    string? AskTo,
    string? AskLabel,
    UserText Question,
    string? ReviewNote,
    RefreshCardData? Refresh)
{
    public bool CanGoBack => Step > 0;

    /// <summary>The title's text colour, matching <see cref="Style"/>, for hosts that do not tint containers.</summary>
    public string Color => Style switch
    {
        "good" => "Good",
        "warning" => "Warning",
        _ => "Attention",
    };

    /// <summary>A language model's view of the draft's tone, shown labelled beside the verdict, never changing it; or null.</summary>
    public UserText? ModelJudgment { get; init; }
}

/// <summary>One reason behind a verdict.</summary>
public sealed record ReasonCardData(int Number, string Reason, string? Check, string Section, string Quote, string PolicyId, string SectionId)
{
    /// <summary>The element id the "Quote" toggle shows and hides.</summary>
    public string QuoteId => $"reason{Number}";
}

/// <summary>Someone to ask, with how to reach them.</summary>
/// <param name="Who">Their name, and their address when they have one.</param>
/// <param name="Reason">Why they are the ones to ask.</param>
public sealed record NextStepCardData(string Who, string Reason);

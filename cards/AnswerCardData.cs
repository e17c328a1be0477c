namespace PolicyBot.Cards;

/// <summary>The data an answer card shows.</summary>
/// <param name="Question">The question as asked, sent back with feedback and "Ask a person".</param>
/// <param name="Heading">A short line above the answer, such as the policy's name.</param>
/// <param name="Answer">The answer text, quoting the policy.</param>
/// <param name="Citations">The passages the answer relied on.</param>
/// <param name="Handoff">Who can help, shown when the policy does not answer the question.</param>
/// <param name="AskAPerson">The handoff route id "Ask a person" uses.</param>
/// <param name="ReviewNote">A note that the policy is past its review date, or null.</param>
/// <param name="FallbackText">The whole answer as plain text, for clients that cannot show cards.</param>
public sealed record AnswerCardData(
    UserText Question,
    string Heading,
    string Answer,
    IReadOnlyList<CitationCardData> Citations,
    HandoffCardData? Handoff,
    string AskAPerson,
    string? ReviewNote,
    string FallbackText)
{
    /// <summary>True when the card shows the review note: the card that replaces it after feedback shows it too, and only then.</summary>
    public bool HasReviewNote => ReviewNote is not null;

    /// <summary>True until the person has said whether the answer helped.</summary>
    public bool AskFeedback => FeedbackThanks is null;

    /// <summary>The section "Share to a channel" posts as a topic card, or null when there is none to share.</summary>
    public CitationCardData? ShareSource { get; init; }

    /// <summary>
    /// True when the message the card rides on already carries the answer (a generated answer, whose text
    /// must be in the message for Teams to draw its citations), so the card leaves it out.
    /// </summary>
    public bool AnswerInMessage { get; init; }

    /// <summary>"Quoted from the Social Media Policy, version 2, effective 1 March 2027." once the policy has changed; else null.</summary>
    public string? VersionNote { get; init; }

    /// <summary>An approved answer from a team that fits the question, shown labelled beside the policy's answer; else null.</summary>
    public ApprovedAnswerCardData? Approved { get; init; }

    /// <summary>Shown in place of the feedback buttons once feedback is given.</summary>
    public string? FeedbackThanks { get; init; }

    /// <summary>How to have a draft checked instead, shown when a question about posting something was not answered; else null.</summary>
    public string? PostCheckHint { get; init; }
}

/// <summary>One source of an answer.</summary>
public sealed record CitationCardData(int Number, string Section, string Quote, string PolicyId, string SectionId)
{
    /// <summary>The element id the "Quote" toggle shows and hides.</summary>
    public string QuoteId => $"quote{Number}";
}

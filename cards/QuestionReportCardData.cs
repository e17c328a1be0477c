using System.Globalization;

namespace PolicyBot.Cards;

/// <summary>What staff asked over a period, for the Communications team: counts, the sections asked about, and the questions that need a person's eye.</summary>
/// <param name="Period">The period covered, in words ("the last 30 days").</param>
/// <param name="Asked">Questions asked in chat.</param>
/// <param name="Answered">Of those, answered from a policy.</param>
/// <param name="HandedOffCount">Of those, handed to a person.</param>
/// <param name="Helpful">👍 given on answers.</param>
/// <param name="Unhelpful">👎 given on answers.</param>
/// <param name="Sections">The sections answers cited first, most asked first.</param>
/// <param name="HandedOff">The latest questions the bot could not answer, newest first.</param>
/// <param name="NotHelpful">The latest questions whose answer got a 👎, newest first.</param>
/// <param name="Undelivered">Escalations PolicyBot gave up delivering (a ticket card, an email, a notice), newest first: they need a person.</param>
public sealed record QuestionReportCardData(
    string Period,
    int Asked,
    int Answered,
    int HandedOffCount,
    int Helpful,
    int Unhelpful,
    IReadOnlyList<ReportLine> Sections,
    IReadOnlyList<ReportLine> HandedOff,
    IReadOnlyList<ReportLine> NotHelpful,
    IReadOnlyList<ReportLine>? Undelivered = null)
{
    // Fact values must be text: the renderer leaves out a number.
    public string AskedText => Asked.ToString(CultureInfo.InvariantCulture);

    public string AnsweredText => Answered.ToString(CultureInfo.InvariantCulture);

    public string HandedOffText => HandedOffCount.ToString(CultureInfo.InvariantCulture);

    public bool HasSections => Sections.Count > 0;

    public bool HasHandedOff => HandedOff.Count > 0;

    public bool HasNotHelpful => NotHelpful.Count > 0;

    /// <summary>How long questions (and feedback, when kept for less than the period) are kept, so counts never read as all-time.</summary>
    public string Kept { get; init; } = "Questions are kept without names.";

    /// <summary>Policies past their review date, each with when the review was due.</summary>
    public IReadOnlyList<ReportLine> Overdue { get; init; } = [];

    /// <summary>Approved answers: number and question, then how often shown, or why expired or retired.</summary>
    public IReadOnlyList<ReportLine> Approved { get; init; } = [];

    public bool HasOverdue => Overdue.Count > 0;

    public bool HasApproved => Approved.Count > 0;

    public bool HasUndelivered => Undelivered is { Count: > 0 };

    public string FallbackText => $"In {Period} staff asked {Asked} questions: {Answered} answered, {HandedOffCount} handed to a person.{(HasUndelivered ? $" {Undelivered!.Count} not delivered: see the report." : string.Empty)}";
}

/// <summary>One line of a report list: what, and a count or date beside it.</summary>
/// <remarks>The detail can carry names people gave themselves (who approved or retired an answer): it is user text too.</remarks>
public sealed record ReportLine(UserText Text, UserText Detail);

using System.Globalization;
using Microsoft.Extensions.Options;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.ApprovedAnswers;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Retention;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.Insights;

/// <summary>
/// Puts what staff asked over a period, and the feedback on the answers, into a report; with the policies
/// overdue for review and every approved answer (how often shown, or why expired or retired), and the escalations not delivered.
/// </summary>
public sealed class QuestionReports(QuestionLog questions, FeedbackStore feedback, KnowledgeProvider knowledge, ApprovedAnswerStore approved, EscalationDeliveries deliveries, IOptions<RetentionSettings> retention, TimeProvider time)
{
    /// <summary>The period a report covers unless asked otherwise.</summary>
    public const int DefaultDays = 30;

    private const int MaxSections = 5;
    private const int MaxQuestions = 10;

    // Those to review first, then the ones in use, newest first; the card stays well under Teams' size limit
    // however many the team has approved.
    private const int MaxApproved = 25;

    public async Task<QuestionReportCardData> BuildAsync(int days, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);

        // No report covers more than the question log keeps: asked for a year with questions kept 90 days, it says
        // 90 days, and leaves out rows past the period that the next retention run deletes.
        var period = retention.Value.Questions is { } kept && kept < TimeSpan.FromDays(days) ? kept : TimeSpan.FromDays(days);
        var since = time.GetUtcNow() - period;
        var asked = await questions.SinceAsync(since, cancellationToken).ConfigureAwait(false);
        var rated = await feedback.SinceAsync(since, cancellationToken).ConfigureAwait(false);
        var sections = asked
            .Where(question => question.Section is not null)
            .GroupBy(question => question.Section!, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(MaxSections)
            .Select(group => new ReportLine(group.Key, group.Count().ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var handedOff = asked.Where(question => !question.Answered).Take(MaxQuestions).Select(question => new ReportLine(question.Question, Day(question.At))).ToList();
        var notHelpful = rated.Where(entry => !entry.Helpful).OrderByDescending(entry => entry.At).Take(MaxQuestions).Select(entry => new ReportLine(entry.Question, Day(entry.At))).ToList();

        // Whatever the period: a delivery given up stays on the report until someone sends it again.
        var undelivered = (await deliveries.FailedAsync(cancellationToken).ConfigureAwait(false))
            .Take(MaxQuestions)
            .Select(m => new ReportLine($"{(m.EscalationId is { } id ? Escalation.FormatReference(id) : "No ticket")}: {EscalationDeliveries.What(m.Kind)}", "failed " + Day(m.FailedAt!.Value)))
            .ToList();
        return new QuestionReportCardData(
            period == TimeSpan.FromDays(1) ? "the last day" : $"the last {Span(period)}",
            asked.Count,
            asked.Count(question => question.Answered),
            asked.Count(question => !question.Answered),
            rated.Count(entry => entry.Helpful),
            rated.Count(entry => !entry.Helpful),
            sections,
            handedOff,
            notHelpful,
            undelivered)
        {
            Kept = Kept(period),
            Overdue = await OverdueAsync(cancellationToken).ConfigureAwait(false),
            Approved = (await approved.ListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(a => Rank(a.Answer.State)).Select(Line).Take(MaxApproved).ToList(),
        };
    }

    private async Task<IReadOnlyList<ReportLine>> OverdueAsync(CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return kb.Documents.Where(d => d.IsPastReview(today)).Select(d => new ReportLine(d.Title, $"review was due {d.Metadata.NextReviewDate}")).ToList();
    }

    // The periods the retention job keeps, so the counts never read as all-time; feedback only when it is kept for
    // less than the report covers.
    private string Kept(TimeSpan period)
    {
        var options = retention.Value;
        var questions = options.Questions is { } kept ? $"Questions are kept without names for {Span(kept)}" : "Questions are kept without names";
        var feedback = options.Feedback is { } rated && rated < period ? $", 👍/👎 for {Span(rated)}" : string.Empty;
        return questions + feedback + ".";
    }

    // Periods are at least a day (RetentionSettings); one that is not whole days is said in hours.
    private static string Span(TimeSpan period) => period.Ticks % TimeSpan.TicksPerDay == 0
        ? (period.Days == 1 ? "a day" : string.Create(CultureInfo.InvariantCulture, $"{period.Days} days"))
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(period.TotalHours)} hours");

    private static int Rank(ApprovedAnswerState state) => state switch
    {
        ApprovedAnswerState.Expired => 0,
        ApprovedAnswerState.Current => 1,
        _ => 2,
    };

    // The count is kept since the answer was approved, whatever the report's period, so the line says so and
    // when it was last shown, which is what tells whether an answer is still in use.
    private ReportLine Line(StoredApprovedAnswer stored)
    {
        var answer = stored.Answer;
        var last = stored.LastUsedAt is { } at ? $", last on {Day(at)}" : string.Empty;
        var shown = stored.Uses switch
        {
            0 => "not shown yet",
            1 => $"shown once since approved{last}",
            _ => $"shown {stored.Uses} times since approved{last}",
        };
        var detail = answer.State switch
        {
            ApprovedAnswerState.Current => $"{shown}; interprets \u201c{answer.Clause.SectionTitle}\u201d; approved by {answer.Approval.ApproverName} ({answer.Approval.Team})",
            ApprovedAnswerState.Expired => $"expired, to review ({shown}): {answer.StateReason}",
            _ => $"retired ({shown}). {answer.StateReason}",
        };
        return new ReportLine($"Answer {answer.Id}, \u201c{answer.Question}\u201d{(stored.Ticket is null ? string.Empty : $" ({stored.Ticket})")}", detail);
    }

    private string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).ToString("d MMM", CultureInfo.InvariantCulture);
}

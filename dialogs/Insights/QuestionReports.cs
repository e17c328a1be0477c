using System.Globalization;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Escalations;

namespace PolicyBot.Dialogs.Insights;

/// <summary>Puts what staff asked over a period, the feedback on the answers, and the escalations not delivered into a report.</summary>
public sealed class QuestionReports(QuestionLog questions, FeedbackStore feedback, EscalationDeliveries deliveries, TimeProvider time)
{
    /// <summary>The period a report covers unless asked otherwise.</summary>
    public const int DefaultDays = 30;

    private const int MaxSections = 5;
    private const int MaxQuestions = 10;

    public async Task<QuestionReportCardData> BuildAsync(int days, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var since = time.GetUtcNow().AddDays(-days);
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
            days == 1 ? "the last day" : $"the last {days} days",
            asked.Count,
            asked.Count(question => question.Answered),
            asked.Count(question => !question.Answered),
            rated.Count(entry => entry.Helpful),
            rated.Count(entry => !entry.Helpful),
            sections,
            handedOff,
            notHelpful,
            undelivered);
    }

    private string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).ToString("d MMM", CultureInfo.InvariantCulture);
}

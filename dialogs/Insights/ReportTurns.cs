using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Insights;

/// <summary>
/// "@PolicyBot report" in the Communications team's registered channel: what staff asked, what the bot could
/// not answer and which answers got a 👎. Anywhere else the report is refused, since the questions are staff's.
/// </summary>
internal sealed partial class ReportTurns(QuestionReports reports, ChannelRegistration channels) : ITurnRoutes
{
    public const string NotHere = "The report of what staff ask is shown only in the Communications team's registered channel.";

    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Message("insights.report", MessageRouteKind.Command, text => Request().IsMatch(text), RespondAsync);
    }

    /// <summary>The report, or the refusal outside the Communications team's channel.</summary>
    private async Task<IMessageActivity> RespondAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        if (!await channels.IsReportsChannelAsync(activity.Conversation?.Id, cancellationToken).ConfigureAwait(false))
        {
            return MessageFactory.Text(NotHere);
        }

        var match = Request().Match(turn.Text);
        var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture) : QuestionReports.DefaultDays;
        var report = await reports.BuildAsync(Math.Clamp(days, 1, 365), cancellationToken).ConfigureAwait(false);
        return Replies.Card(PolicyCards.QuestionReport(report), report.FallbackText);
    }

    // "report", "questions report", "report 7 days", "report for the last 90 days".
    [GeneratedRegex(@"^\s*(?:questions?\s+)?report(?:\s+(?:for\s+)?(?:the\s+)?(?:last\s+)?(?<days>\d{1,3})\s+days?)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();
}

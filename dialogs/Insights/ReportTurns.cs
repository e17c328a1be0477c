using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Escalations;

namespace PolicyBot.Dialogs.Insights;

/// <summary>
/// "@PolicyBot report" in the Communications team's registered channel: what staff asked, what the bot could
/// not answer and which answers got a 👎. Anywhere else the report is refused, since the questions are staff's.
/// </summary>
public sealed partial class ReportTurns(QuestionReports reports, IEscalationStore store)
{
    public const string NotHere = "The report of what staff ask is shown only in the Communications team's registered channel.";

    /// <summary>The report or the refusal for a report request; null for any other message.</summary>
    public async Task<IMessageActivity?> TryRespondAsync(IActivity activity, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var match = Request().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        if (!await IsCommunicationsChannelAsync(activity, cancellationToken).ConfigureAwait(false))
        {
            return MessageFactory.Text(NotHere);
        }

        var days = match.Groups["days"].Success ? int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture) : QuestionReports.DefaultDays;
        var report = await reports.BuildAsync(Math.Clamp(days, 1, 365), cancellationToken).ConfigureAwait(false);
        return PolicyConversation.CardMessage(PolicyCards.QuestionReport(report), report.FallbackText);
    }

    // The channel an admin registered for the Communications queue; a thread in it counts as the channel.
    private async Task<bool> IsCommunicationsChannelAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var stored = await store.GetReferenceAsync(EscalationQueues.ReferenceKey(EscalationQueues.Communications), cancellationToken).ConfigureAwait(false);
        var channel = stored is null ? null : JsonConvert.DeserializeObject<ConversationReference>(stored)?.Conversation?.Id;
        var here = activity.Conversation?.Id?.Split(';')[0];
        return channel is not null && string.Equals(channel, here, StringComparison.Ordinal);
    }

    // "report", "questions report", "report 7 days", "report for the last 90 days".
    [GeneratedRegex(@"^\s*(?:questions?\s+)?report(?:\s+(?:for\s+)?(?:the\s+)?(?:last\s+)?(?<days>\d{1,3})\s+days?)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.ApprovedAnswers;

/// <summary>Approved answers' turns: saving one from a ticket, and "retire approved answer 3" in a team's queue channel.</summary>
internal sealed partial class ApprovedAnswerTurns(ApprovedAnswerDesk desk, ApprovedAnswerStore store, ChannelRegistration channels, TimeProvider time) : ITurnRoutes
{
    public const string NotHere = "Approved answers are retired in a ticket queue's registered channel, such as the Communications team's.";

    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.CardAction(ApprovedAnswerDesk.Start, desk.ActAsync)
            .CardAction(ApprovedAnswerDesk.Save, desk.ActAsync)
            .Message("approved.retire", MessageRouteKind.Command, text => Retire().IsMatch(text), RetireAsync);
    }

    private async Task<IMessageActivity> RetireAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var conversation = turn.Context.Activity.Conversation?.Id;
        if (await channels.QueueOfChannelAsync(conversation, cancellationToken).ConfigureAwait(false) is null)
        {
            return MessageFactory.Text(NotHere);
        }

        var id = long.Parse(Retire().Match(turn.Text).Groups["id"].Value, CultureInfo.InvariantCulture);
        var stored = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.Answer.State == ApprovedAnswerState.Retired)
        {
            return MessageFactory.Text($"There is no approved answer {id} to retire. The report lists them: \"@PolicyBot report\".");
        }

        var retired = stored.Answer.Retire($"Retired by {turn.Who.UserName}.", time.GetUtcNow());
        await store.UpdateAsync(retired, stored.Answer.State, cancellationToken).ConfigureAwait(false);
        return MessageFactory.Text($"Retired approved answer {id} (\u201c{stored.Answer.Question}\u201d). Staff no longer see it; it stays in the report's history.");
    }

    [GeneratedRegex(@"^\s*retire\s+(?:the\s+)?approved\s+answer\s+(?:#|no\.?\s*)?(?<id>\d{1,9})\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Retire();
}

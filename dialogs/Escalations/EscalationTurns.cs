using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// The escalation turns: "Ask a person" buttons and plain requests open the confirmation card, its Send creates
/// the escalation, admins register queue channels, and the queue's ticket buttons move tickets along.
/// </summary>
internal sealed partial class EscalationTurns(EscalationIntake intake, TicketDesk desk, ChannelRegistration registration, ConversationReferenceStore references) : ITurnRoutes
{
    public const string Submit = "escalation.submit";

    // People whose personal chat is already stored under their Entra id, so it is written once per process, not per message.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _reachable = new(StringComparer.Ordinal);

    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.EveryMessage(RememberReachableAsync)
            .Message("escalations.register", MessageRouteKind.Command, ChannelRegistration.IsRegistration, RegisterAsync)
            .Message("escalations.ask", MessageRouteKind.Command, text => PlainRequest().IsMatch(text), AskAsync)
            .CardAction(Dialogs.Answers.CardAction.AskPerson, ConfirmAsync)
            .CardAction(Submit, SubmitAsync);
        foreach (var verb in TicketVerbs.All)
        {
            routes.CardAction(verb, TicketAsync);
        }
    }

    // Anyone who talks to the bot in a personal chat can be reached there when they are someone's manager.
    private async Task RememberReachableAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.Who.Shared && turn.Who.AadObjectId is { Length: > 0 } objectId && _reachable.TryAdd(objectId, 0))
        {
            await references.SaveAsync(EscalationQueues.DirectoryKey(objectId), JsonConvert.SerializeObject(turn.Context.Activity.GetConversationReference()), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IMessageActivity> RegisterAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var reference = activity.GetConversationReference();

        // New posts go to the channel itself, not to the thread the command was typed in.
        reference.Conversation.Id = reference.Conversation.Id.Split(';')[0];
        reference.ActivityId = null;
        var teamId = activity.GetChannelData<TeamsChannelData>()?.Team?.Id;
        var reply = await registration.RegisterAsync(turn.Text, JsonConvert.SerializeObject(reference), teamId, turn.Who, activity.From?.AadObjectId, cancellationToken).ConfigureAwait(false);
        return MessageFactory.Text(reply);
    }

    private async Task<IMessageActivity> AskAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        await RememberRequesterAsync(turn.Context.Activity, turn.Who, cancellationToken).ConfigureAwait(false);
        var card = await intake.ConfirmAsync(null, string.Empty, cancellationToken).ConfigureAwait(false);
        return Replies.Card(card!, "Ask a person");
    }

    // "Ask a person" on an answer or verdict card: the confirmation card, prefilled with the question.
    private async Task<CardActionResult> ConfirmAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        if (Dialogs.Answers.CardAction.TryRead(turn.Data, turn.Verb) is not { } ask)
        {
            return CardActionResult.Error(Dialogs.Answers.CardAction.NotUnderstood);
        }

        var confirm = await intake.ConfirmAsync(ask.To, ask.Question!, cancellationToken).ConfigureAwait(false);
        return confirm is null
            ? CardActionResult.Error("I don't know who that button meant. Please ask your question again.")
            : new CardActionResult(null, confirm, "Ask a person");
    }

    private async Task<CardActionResult> SubmitAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Values is not { } data)
        {
            return CardActionResult.Error(Dialogs.Answers.CardAction.NotUnderstood);
        }

        var activity = turn.Context.Activity;
        await RememberRequesterAsync(activity, turn.Who, cancellationToken).ConfigureAwait(false);
        var request = new EscalationRequest(
            $"{activity.Conversation?.Id}|{activity.Id}",
            data["to"]?.Value<string>() ?? string.Empty,
            data["question"]?.Type == JTokenType.String ? data.Value<string>("question")! : string.Empty,
            string.Equals(data["confidential"]?.ToString(), "true", StringComparison.OrdinalIgnoreCase),
            turn.Who);
        return await intake.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> TicketAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Values is not { } data)
        {
            return CardActionResult.Error(Dialogs.Answers.CardAction.NotUnderstood);
        }

        var who = turn.Who;
        var channelData = turn.Context.Activity.GetChannelData<TeamsChannelData>();
        var teamId = who.ConversationType == "channel" && await IsTeamMemberAsync(turn.Context, who, channelData?.Team?.Id, cancellationToken).ConfigureAwait(false)
            ? channelData?.Team?.Id
            : null;
        var actor = new TicketActor(who.UserId, who.UserName, teamId, channelData?.Channel?.Id);
        return await desk.ActAsync(turn.Verb, data, actor, cancellationToken).ConfigureAwait(false);
    }

    // The team id in a click only says where the card is; a shared channel can hold people from outside the
    // team, so the roster decides who may act. Someone the roster does not know acts for no team, and nor does a
    // guest: the roster lists guests, but tickets carry staff's questions and names.
    internal static async Task<bool> IsTeamMemberAsync(ITurnContext turnContext, Speaker who, string? teamId, CancellationToken cancellationToken)
    {
        if (teamId is null)
        {
            return false;
        }

        try
        {
            var member = await Microsoft.Bot.Builder.Teams.TeamsInfo.GetTeamMemberAsync(turnContext, who.UserId, teamId, cancellationToken).ConfigureAwait(false);
            return member is not null && !string.Equals(member.UserRole, "guest", StringComparison.OrdinalIgnoreCase);
        }
        catch (ErrorResponseException ex) when (ex.Response?.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden)
        {
            return false;
        }
    }

    // The requester's personal chat is where status changes and the answer are sent later. Asked from a channel
    // or group chat, the reference kept is that conversation's, from which the outbox opens the personal chat.
    private async Task RememberRequesterAsync(Activity activity, Speaker who, CancellationToken cancellationToken)
    {
        if (who.UserId.Length == 0)
        {
            return;
        }

        var key = who.Shared ? EscalationQueues.OriginKey(EscalationQueues.UserKey(who.UserId)) : EscalationQueues.UserKey(who.UserId);
        await references.SaveAsync(key, JsonConvert.SerializeObject(activity.GetConversationReference()), cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"^\s*(i want to |can i |let me |please )?(talk|speak|chat) (to|with) (a |an )?(human|person|real person|someone)\b|^\s*ask a (person|human)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainRequest();
}

using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// The escalation turns: "Ask a person" buttons and plain requests open the confirmation card, its Send creates
/// the escalation, admins register queue channels, and the queue's ticket buttons move tickets along.
/// </summary>
public sealed partial class EscalationTurns(EscalationIntake intake, TicketDesk desk, ChannelRegistration registration, IEscalationStore store)
{
    public const string Submit = "escalation.submit";

    // People whose personal chat is already stored under their Entra id, so it is written once per process, not per message.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _reachable = new(StringComparer.Ordinal);

    /// <summary>The result of a card action this class owns, or null to leave it to the conversation.</summary>
    public async Task<CardActionResult?> TryActAsync(ITurnContext turnContext, JObject? data, string? verb, Speaker who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var name = verb ?? data?["action"]?.Value<string>();
        var activity = turnContext.Activity;
        switch (name)
        {
            case Dialogs.Answers.CardAction.AskPerson:
                // Forged or stale buttons fall through to the conversation, which answers them with an error card.
                var ask = Dialogs.Answers.CardAction.TryRead(data, verb);
                var confirm = ask is null ? null : await intake.ConfirmAsync(ask.To, ask.Question!, cancellationToken).ConfigureAwait(false);
                return confirm is null ? null : new CardActionResult(null, confirm, "Ask a person");
            case Submit when data is not null:
                await RememberRequesterAsync(activity, who, cancellationToken).ConfigureAwait(false);
                var request = new EscalationRequest(
                    $"{activity.Conversation?.Id}|{activity.Id}",
                    data["to"]?.Value<string>() ?? string.Empty,
                    data["question"]?.Type == JTokenType.String ? data.Value<string>("question")! : string.Empty,
                    string.Equals(data["confidential"]?.ToString(), "true", StringComparison.OrdinalIgnoreCase),
                    who);
                return await intake.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
            case var ticket when TicketVerbs.Handles(ticket) && data is not null:
                var channelData = activity.GetChannelData<TeamsChannelData>();
                var teamId = who.ConversationType == "channel" && await IsTeamMemberAsync(turnContext, who, channelData?.Team?.Id, cancellationToken).ConfigureAwait(false)
                    ? channelData?.Team?.Id
                    : null;
                var actor = new TicketActor(who.UserId, who.UserName, teamId, channelData?.Channel?.Id);
                return await desk.ActAsync(ticket!, data, actor, cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>Answers messages this class owns (registration, "talk to a human"); null to leave them to the conversation.</summary>
    public async Task<IMessageActivity?> TryRespondAsync(ITurnContext turnContext, string text, Speaker who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(who);

        // Anyone who talks to the bot in a personal chat can be reached there when they are someone's manager.
        if (!who.Shared && who.AadObjectId is { Length: > 0 } objectId && _reachable.TryAdd(objectId, 0))
        {
            await store.SaveReferenceAsync(EscalationQueues.DirectoryKey(objectId), JsonConvert.SerializeObject(turnContext.Activity.GetConversationReference()), cancellationToken).ConfigureAwait(false);
        }
        if (ChannelRegistration.QueueOf(text) is { } queue)
        {
            var activity = turnContext.Activity;
            var reference = activity.GetConversationReference();

            // New posts go to the channel itself, not to the thread the command was typed in.
            reference.Conversation.Id = reference.Conversation.Id.Split(';')[0];
            reference.ActivityId = null;
            var teamId = activity.GetChannelData<TeamsChannelData>()?.Team?.Id;
            var reply = await registration.RegisterAsync(queue, JsonConvert.SerializeObject(reference), teamId, who, activity.From?.AadObjectId, cancellationToken).ConfigureAwait(false);
            return MessageFactory.Text(reply);
        }

        if (PlainRequest().IsMatch(text))
        {
            await RememberRequesterAsync(turnContext.Activity, who, cancellationToken).ConfigureAwait(false);
            var card = await intake.ConfirmAsync(null, string.Empty, cancellationToken).ConfigureAwait(false);
            return PolicyConversation.CardMessage(card!, "Ask a person");
        }

        return null;
    }

    // The team id in a click only says where the card is; a shared channel can hold people from outside the
    // team, so the roster decides who may act. Someone the roster does not know acts for no team.
    private static async Task<bool> IsTeamMemberAsync(ITurnContext turnContext, Speaker who, string? teamId, CancellationToken cancellationToken)
    {
        if (teamId is null)
        {
            return false;
        }

        try
        {
            return await Microsoft.Bot.Builder.Teams.TeamsInfo.GetTeamMemberAsync(turnContext, who.UserId, teamId, cancellationToken).ConfigureAwait(false) is not null;
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
        await store.SaveReferenceAsync(key, JsonConvert.SerializeObject(activity.GetConversationReference()), cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"^\s*(i want to |can i |let me |please )?(talk|speak|chat) (to|with) (a |an )?(human|person|real person|someone)\b|^\s*ask a (person|human)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainRequest();
}

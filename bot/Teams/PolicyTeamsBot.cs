using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PolicyBot.Bot.Adapter;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Sharing;

namespace PolicyBot.Bot.Teams;

/// <summary>PolicyBot in Teams: says who is speaking and where, and hands the turn to the router.</summary>
internal sealed class PolicyTeamsBot(TurnRouter router, AcknowledgementExport export, RedeliveryGuard redeliveries, TeamRosterCache rosters, ILogger<PolicyTeamsBot> logger) : TeamsActivityHandler
{
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        redeliveries.RunOnceAsync(turnContext, () => base.OnTurnAsync(turnContext, cancellationToken), cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var who = Speaker(activity);

        // Action.Submit, the fallback of our Action.Execute buttons, arrives as a message carrying the data.
        if (activity.Value is JObject data && string.IsNullOrWhiteSpace(activity.Text))
        {
            var result = await router.ActAsync(new CardTurn(turnContext, TurnRouter.VerbOf(null, data), data, who), cancellationToken).ConfigureAwait(false);
            await SendAsync(turnContext, result.NewCard ?? result.Replacement, result.Note, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The SDK reads each mention's "mentioned" and the recipient without a check: a sender who leaves them out
        // sent an activity the bot cannot read (400, no apology), not a fault of the bot's.
        var mentions = activity.GetMentions();
        if (mentions.Length > 0 && (activity.Recipient is null || mentions.Any(mention => mention.Mentioned is null)))
        {
            throw new MalformedActivityException("A mention names no one, or the activity names no recipient.");
        }

        // Outside personal chat the bot only speaks when spoken to.
        if (who.Shared && !MentionsBot(activity))
        {
            return;
        }

        var text = (activity.RemoveRecipientMention() ?? string.Empty).Trim();
        var reply = await router.RespondAsync(new MessageTurn(turnContext, text, who), cancellationToken).ConfigureAwait(false);
        Log.Replied(logger, Dialogs.LogValue.Of(who.ConversationType));
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Someone joined or left a team: its shared cards count them on their next view, not a minute later.
        var activity = turnContext.Activity;
        if (activity.TeamsGetTeamInfo()?.Id is { } teamId && (activity.MembersAdded?.Count > 0 || activity.MembersRemoved?.Count > 0))
        {
            rosters.Forget(teamId);
        }

        return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once, when the bot itself joins: not every time a person joins a team it is already in.
        if (membersAdded.Any(member => member.Id == turnContext.Activity.Recipient?.Id))
        {
            var welcome = await router.WelcomeAsync(new MessageTurn(turnContext, string.Empty, Speaker(turnContext.Activity)), cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(welcome, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = invokeValue?.Action?.Data is { } raw ? JToken.FromObject(raw) : null;
        var turn = new CardTurn(turnContext, TurnRouter.VerbOf(invokeValue?.Action?.Verb, data), data, Speaker(turnContext.Activity));
        var result = await router.ActAsync(turn, cancellationToken).ConfigureAwait(false);
        if (result.NewCard is not null)
        {
            await SendAsync(turnContext, result.NewCard, result.Note, cancellationToken).ConfigureAwait(false);
        }

        return result.Replacement is not null
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive", Value = JObject.Parse(result.Replacement.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = result.Note };
    }

    // The sharer's answer to the acknowledgement export's file offer (the file consent flow, personal chat only).
    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        export.AcceptAsync(turnContext, fileConsentCardResponse, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync("OK, I didn't save the file. Select Export (CSV) on the card again whenever you need it.", cancellationToken: cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        router.SearchAsync(query, cancellationToken);

    private static Task<ResourceResponse> SendAsync(ITurnContext turnContext, System.Text.Json.Nodes.JsonObject? card, string note, CancellationToken cancellationToken) =>
        card is null
            ? turnContext.SendActivityAsync(note, cancellationToken: cancellationToken)
            : turnContext.SendActivityAsync(Replies.Card(card, note), cancellationToken);

    private static Speaker Speaker(IActivity activity) => new(
        activity.From?.Id ?? string.Empty,
        string.IsNullOrWhiteSpace(activity.From?.Name) ? "Someone" : activity.From.Name,
        string.IsNullOrEmpty(activity.Conversation?.ConversationType) ? Dialogs.Routing.Speaker.Personal : activity.Conversation.ConversationType,
        activity.From?.AadObjectId,
        activity.Conversation?.Id);

    private static bool MentionsBot(IMessageActivity activity) =>
        activity.GetMentions().Any(mention => mention.Mentioned?.Id == activity.Recipient?.Id);
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PolicyBot.Bot.Escalations;
using PolicyBot.Bot.Insights;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Sharing;

namespace PolicyBot.Bot.Teams;

/// <summary>PolicyBot in Teams: answers questions, greets on install, and carries out card buttons.</summary>
internal sealed class PolicyTeamsBot(PolicyConversation conversation, TopicSharing sharing, PolicySearchExtension search, EscalationTurns escalations, ReportTurns reports, ILogger<PolicyTeamsBot> logger) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var who = Speaker(activity);

        // Action.Submit, the fallback of our Action.Execute buttons, arrives as a message carrying the data.
        if (activity.Value is JObject data && string.IsNullOrWhiteSpace(activity.Text))
        {
            var result = await HandleAsync(turnContext, data, verb: null, who, cancellationToken).ConfigureAwait(false);
            await SendAsync(turnContext, result.NewCard ?? result.Replacement, result.Note, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Outside personal chat the bot only speaks when spoken to.
        if (who.Shared && !MentionsBot(activity))
        {
            return;
        }

        var text = (activity.RemoveRecipientMention() ?? string.Empty).Trim();
        // Teams streams replies in personal chats only; elsewhere the final answer is the only message.
        var stream = who.Shared ? null : new TeamsAnswerStream(turnContext);
        var reply = await escalations.TryRespondAsync(turnContext, text, who, cancellationToken).ConfigureAwait(false)
            ?? await reports.TryRespondAsync(activity, text, cancellationToken).ConfigureAwait(false)
            ?? await sharing.RespondAsync(text, cancellationToken).ConfigureAwait(false)
            ?? await conversation.RespondAsync(text, who, cancellationToken, stream).ConfigureAwait(false);
        stream?.Finish(reply);
        Log.Replied(logger, Dialogs.LogValue.Of(who.ConversationType));
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once, when the bot itself joins: not every time a person joins a team it is already in.
        if (membersAdded.Any(member => member.Id == turnContext.Activity.Recipient?.Id))
        {
            var welcome = await conversation.WelcomeAsync(Speaker(turnContext.Activity).Shared, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(welcome, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = invokeValue?.Action?.Data is { } raw ? JToken.FromObject(raw) : null;
        var result = await HandleAsync(turnContext, data, invokeValue?.Action?.Verb, Speaker(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        if (result.NewCard is not null)
        {
            await SendAsync(turnContext, result.NewCard, result.Note, cancellationToken).ConfigureAwait(false);
        }

        return result.Replacement is not null
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.card.adaptive", Value = JObject.Parse(result.Replacement.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = result.Note };
    }

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        search.QueryAsync(query, cancellationToken);

    // Escalation and sharing buttons need the turn itself (proactive sends, the team's roster and channels);
    // every other button goes to the conversation.
    private async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JToken? data, string? verb, Speaker who, CancellationToken cancellationToken) =>
        await escalations.TryActAsync(turnContext, data as JObject, verb, who, cancellationToken).ConfigureAwait(false)
            ?? await sharing.HandleAsync(turnContext, data, verb, who, cancellationToken).ConfigureAwait(false)
            ?? await conversation.HandleAsync(data, verb, who, cancellationToken).ConfigureAwait(false);

    private static Task<ResourceResponse> SendAsync(ITurnContext turnContext, System.Text.Json.Nodes.JsonObject? card, string note, CancellationToken cancellationToken) =>
        card is null
            ? turnContext.SendActivityAsync(note, cancellationToken: cancellationToken)
            : turnContext.SendActivityAsync(PolicyConversation.CardMessage(card, note), cancellationToken);

    private static Speaker Speaker(IActivity activity) => new(
        activity.From?.Id ?? string.Empty,
        string.IsNullOrWhiteSpace(activity.From?.Name) ? "Someone" : activity.From.Name,
        string.IsNullOrEmpty(activity.Conversation?.ConversationType) ? Dialogs.Speaker.Personal : activity.Conversation.ConversationType,
        activity.From?.AadObjectId);

    private static bool MentionsBot(IMessageActivity activity) =>
        activity.GetMentions().Any(mention => mention.Mentioned?.Id == activity.Recipient?.Id);
}

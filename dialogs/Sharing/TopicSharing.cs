using System.Security;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Topics;
using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// Managers share policy topics to their team's channels: pick a channel, post a card with "I've read this",
/// see who has read which version and remind those who have not; readers of a version that changed since see
/// what changed and acknowledge again. Also the policy at a glance, and "Ask PolicyBot" on topic cards.
/// </summary>
internal sealed class TopicSharing(KnowledgeProvider knowledge, ShareStore store, SharedTopicView view, PolicyVersions versions, AcknowledgementExport export, ReviewNotices notices, IOptions<BotIdentity> identity, TimeProvider time, ILogger<TopicSharing> logger) : ITurnRoutes
{
    private static readonly TimeSpan ReminderGap = TimeSpan.FromHours(1);

    private const string NotInTeam = "Sharing posts to a channel of a team. Open this card in one of your team's channels (for example, @mention PolicyBot there and say \"policy at a glance\") and choose Share to a channel there.";

    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Message("sharing.glance", MessageRouteKind.Command, SharingIntent.IsGlance, GlanceAsync);
        foreach (var verb in ShareAction.Verbs)
        {
            routes.CardAction(verb, ActAsync);
        }
    }

    /// <summary>The policy at a glance, as a topic card that can be shared.</summary>
    private async Task<IMessageActivity> GlanceAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var glance = kb.Documents.Select(TopicCatalog.Glance).OfType<PolicyTopic>().FirstOrDefault();
        if (glance is null)
        {
            return MessageFactory.Text("The policies I know have no Standards section to summarise. Ask me a question instead.");
        }

        // The review-overdue note once per conversation per policy, as on answers; the kicker still says "review overdue".
        var card = TopicCards.ToCard(kb, glance);
        card = card with { ReviewNote = card.ReviewNote is null ? null : await notices.NoteAsync(turn.Context.Activity.Conversation?.Id, kb, [glance.PolicyId], cancellationToken).ConfigureAwait(false) };
        return Replies.Card(PolicyCards.Topic(card), glance.Title);
    }

    private async Task<CardActionResult> ActAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        var action = ShareAction.TryRead(turn.Data, turn.Verb);
        if (action is null)
        {
            return CardActionResult.Error("That button didn't carry what I need. Please try again from a new card.");
        }

        var turnContext = turn.Context;
        return action.Name switch
        {
            ShareAction.Start => await StartAsync(turnContext, action, cancellationToken).ConfigureAwait(false),
            ShareAction.Post => await PostAsync(turnContext, action, turn.Who, cancellationToken).ConfigureAwait(false),
            ShareAction.Ask => await AskAsync(action, cancellationToken).ConfigureAwait(false),
            _ => await SharedAsync(turnContext, action, turn.Who, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<CardActionResult> StartAsync(ITurnContext turnContext, ShareAction action, CancellationToken cancellationToken)
    {
        var teamId = TeamRoster.TeamId(turnContext.Activity);
        if (teamId is null)
        {
            return new CardActionResult(null, null, NotInTeam);
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var topic = TopicCatalog.Find(kb, action.PolicyId!, action.TopicId!);
        if (topic is null)
        {
            return CardActionResult.Error("That part of the policy is no longer there; it may have been updated. Please search again.");
        }

        var channels = await TeamRoster.ChannelsAsync(turnContext, teamId, cancellationToken).ConfigureAwait(false);
        var current = TeamRoster.ChannelId(turnContext.Activity) ?? (channels.Count > 0 ? channels[0].Id : null) ?? string.Empty;
        var picker = PolicyCards.SharePicker(new SharePickerCardData(topic.PolicyId, topic.TopicId, topic.Title, channels.Select(c => new ChoiceCardData(c.Id, TeamRoster.NameOf(c))).ToList(), current));
        return new CardActionResult(null, picker, $"Choose a channel to share \"{topic.Title}\" to.");
    }

    private async Task<CardActionResult> PostAsync(ITurnContext turnContext, ShareAction action, Speaker who, CancellationToken cancellationToken)
    {
        var teamId = TeamRoster.TeamId(turnContext.Activity);
        if (teamId is null)
        {
            return new CardActionResult(null, null, NotInTeam);
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var topic = TopicCatalog.Find(kb, action.PolicyId!, action.TopicId!);
        var channels = await TeamRoster.ChannelsAsync(turnContext, teamId, cancellationToken).ConfigureAwait(false);
        var channel = channels.FirstOrDefault(c => c.Id == (action.ChannelId ?? TeamRoster.ChannelId(turnContext.Activity)));
        if (topic is null || channel is null)
        {
            return CardActionResult.Error(topic is null ? "That part of the policy is no longer there; it may have been updated. Please search again." : "That channel isn't in this team any more. Choose another.");
        }

        var version = await CurrentVersionAsync(kb, topic.PolicyId, cancellationToken).ConfigureAwait(false);
        var share = new ShareRecord(Guid.NewGuid().ToString("N"), topic.PolicyId, topic.TopicId, topic.Hash, who.UserId, who.UserName, teamId, channel.Id, time.GetUtcNow(), version);
        await store.AddAsync(share, cancellationToken).ConfigureAwait(false);
        var card = await view.RenderAsync(turnContext, kb, share, null, cancellationToken).ConfigureAwait(false);
        var (reference, activityId) = await TeamsInfo.SendMessageToTeamsChannelAsync(turnContext, Replies.Card(card, topic.Title), channel.Id, identity.Value.MicrosoftAppId, cancellationToken).ConfigureAwait(false);
        if (reference is not null && !string.IsNullOrEmpty(activityId))
        {
            await store.SetPostedAsync(share.Id, Newtonsoft.Json.JsonConvert.SerializeObject(reference), activityId, cancellationToken).ConfigureAwait(false);
        }

        Log.TopicShared(logger, share.Id, topic.TopicId);
        var done = $"Posted \"{topic.Title}\" to {TeamRoster.NameOf(channel)}. Open the card there to see who has read it and to send a reminder.";
        return new CardActionResult(PolicyCards.Notice(new NoticeCardData("Shared", done, "Good")), null, done);
    }

    private async Task<CardActionResult> SharedAsync(ITurnContext turnContext, ShareAction action, Speaker who, CancellationToken cancellationToken)
    {
        var share = await store.FindAsync(action.ShareId!, cancellationToken).ConfigureAwait(false);
        if (share is null)
        {
            return CardActionResult.Error("I can't find that shared card any more. Ask the person who shared it to share it again.");
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        if (action.Name == ShareAction.Acknowledge)
        {
            // Always the version in force: clicking again after a change is the re-acknowledgement.
            var version = await CurrentVersionAsync(kb, share.PolicyId, cancellationToken).ConfigureAwait(false);
            await store.AcknowledgeAsync(new Acknowledgement(share.Id, who.UserId, who.UserName, time.GetUtcNow(), version), cancellationToken).ConfigureAwait(false);
            await UpdateForEveryoneAsync(turnContext, kb, share, cancellationToken).ConfigureAwait(false);
        }
        else if (action.Name == ShareAction.Changes)
        {
            return await ChangesAsync(kb, share, who, cancellationToken).ConfigureAwait(false);
        }
        else if (action.Name == ShareAction.Export)
        {
            return who.UserId != share.SharerId
                ? new CardActionResult(null, null, $"Only {share.SharerName} can export who has read this card.")
                : new CardActionResult(null, null, await export.OfferAsync(turnContext, kb, share, cancellationToken).ConfigureAwait(false));
        }
        else if (action.Name == ShareAction.Remind)
        {
            if (who.UserId != share.SharerId)
            {
                return new CardActionResult(null, null, $"Only {share.SharerName} can send reminders for this card.");
            }

            var reminded = await RemindAsync(turnContext, kb, share, cancellationToken).ConfigureAwait(false);
            return new CardActionResult(await view.RenderAsync(turnContext, kb, share, who.UserId, cancellationToken).ConfigureAwait(false), null, reminded);
        }

        var card = await view.RenderAsync(turnContext, kb, share, who.UserId, cancellationToken).ConfigureAwait(false);
        return new CardActionResult(card, null, action.Name == ShareAction.Acknowledge ? "Thanks for reading it." : "Shared policy card.");
    }

    // The count on the card everyone sees lives in the posted message itself, so it is rewritten after each acknowledgement.
    private async Task UpdateForEveryoneAsync(ITurnContext turnContext, PolicyKnowledgeBase kb, ShareRecord share, CancellationToken cancellationToken)
    {
        var messageId = turnContext.Activity.ReplyToId;
        if (string.IsNullOrEmpty(messageId))
        {
            return;
        }

        var card = await view.RenderAsync(turnContext, kb, share, null, cancellationToken).ConfigureAwait(false);
        var update = Replies.Card(card, "Shared policy card");
        update.Id = messageId;
        update.Conversation = turnContext.Activity.Conversation;
        try
        {
            await turnContext.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException)
        {
            // The clicker still gets their updated card; the others see the new count on their next refresh.
            Log.ShareUpdateFailed(logger, share.Id, ex);
        }
    }

    private async Task<string> RemindAsync(ITurnContext turnContext, PolicyKnowledgeBase kb, ShareRecord share, CancellationToken cancellationToken)
    {
        var pending = await view.PendingAsync(turnContext, kb, share, cancellationToken).ConfigureAwait(false);
        if (pending is null)
        {
            return "Open the card in its team's channel to send a reminder.";
        }

        if (pending.Count == 0)
        {
            return "Everyone has read it; there's no one to remind.";
        }

        // A double click, or two people's clients refreshing one click, must not mention the whole team twice.
        var now = time.GetUtcNow();
        if (!await store.TryStartReminderAsync(share.Id, now, ReminderGap, cancellationToken).ConfigureAwait(false))
        {
            return "A reminder for this card went out less than an hour ago; there's no need to send another yet.";
        }

        var title = TopicCatalog.Find(kb, share.PolicyId, share.TopicId)?.Title ?? "the policy card";
        var mentions = pending.Select(member => new Mention(new ChannelAccount(member.Id, member.Name), $"<at>{SecurityElement.Escape(member.Name ?? member.Id)}</at>")).ToList();
        var reminder = MessageFactory.Text($"Reminder from {share.SharerName}: please read \"{title}\" (or what changed in it since you read it) and select \"I've read this\". {string.Join(" ", mentions.Select(m => m.Text))}");
        reminder.Entities = mentions.Cast<Entity>().ToList();
        try
        {
            await turnContext.SendActivityAsync(reminder, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException)
        {
            // Not sent: the sharer may try again at once.
            await store.CancelReminderAsync(share.Id, now, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        Log.Reminded(logger, share.Id, pending.Count);
        return pending.Count == 1 ? "Reminded 1 person." : $"Reminded {pending.Count} people.";
    }

    // What changed in the card's part since the version the viewer read (or the card was shared from), with
    // "I've read the new version" and "Back to the card": a view for the one who asked.
    private async Task<CardActionResult> ChangesAsync(PolicyKnowledgeBase kb, ShareRecord share, Speaker who, CancellationToken cancellationToken)
    {
        var readings = await view.ReadingsAsync(kb, share, cancellationToken).ConfigureAwait(false);
        var history = (await versions.CatalogAsync(kb, cancellationToken).ConfigureAwait(false)).History(share.PolicyId);
        var from = history.Find(readings.Readers.GetValueOrDefault(who.UserId)?.Version ?? share.Version);
        if (from is null || history.Latest is not { } current || from.Number == current.Number)
        {
            return new CardActionResult(null, null, "Nothing has changed in this part of the policy since you read it.");
        }

        var diff = PolicyDiffer.Compare(from, current);
        var answer = WhatChangedComposer.Compose(diff with { Changes = diff.Within(SharedTopicView.SectionOf(kb, share)) });
        return new CardActionResult(PolicyCards.WhatChanged(WhatChangedCards.ToCard(answer) with { ShareId = share.Id }), null, answer.Summary);
    }

    private async Task<int> CurrentVersionAsync(PolicyKnowledgeBase kb, string policyId, CancellationToken cancellationToken) =>
        (await versions.CatalogAsync(kb, cancellationToken).ConfigureAwait(false)).Current(policyId)?.Number ?? 1;

    private async Task<CardActionResult> AskAsync(ShareAction action, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var answer = kb.Ask(action.Question!);
        return new CardActionResult(null, PolicyCards.Answer(CardMapper.ToCard(answer)), answer.Answered ? answer.Text : answer.Handoff!.Reason);
    }
}

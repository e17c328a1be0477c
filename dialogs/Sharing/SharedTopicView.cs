using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using PolicyBot.Cards;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Topics;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// Renders a shared topic card for one viewer from the current policy and the acknowledgements so far: everyone
/// sees the count and "I've read this"; the sharer sees who has and has not read it.
/// </summary>
public sealed class SharedTopicView(ShareStore store)
{
    // Names beyond these are summarised, so a large team's card stays well under Teams' size limit.
    private const int MaxNames = 40;

    /// <summary>The card as <paramref name="viewerId"/> sees it; null viewer means the view everyone shares.</summary>
    public async Task<JsonObject> RenderAsync(ITurnContext turnContext, PolicyKnowledgeBase knowledge, ShareRecord share, string? viewerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(share);
        var topic = TopicCatalog.Find(knowledge, share.PolicyId, share.TopicId);
        if (topic is null)
        {
            return PolicyCards.Notice(new NoticeCardData("This part of the policy has changed", $"The topic {CardMarkdown.Escape(share.SharerName)} shared is no longer in the policy; it may have been renamed or removed. Ask PolicyBot about it for the current text.", "Warning"));
        }

        var acknowledgements = await store.AcknowledgementsAsync(share.Id, cancellationToken).ConfigureAwait(false);
        var isSharer = viewerId == share.SharerId;
        var audience = await AudienceAsync(turnContext, share, cancellationToken).ConfigureAwait(false);
        var read = acknowledgements.Select(a => a.UserId).ToHashSet(StringComparer.Ordinal);
        var pending = audience?.Where(member => !read.Contains(member.Id)).ToList();
        var mine = acknowledgements.FirstOrDefault(a => a.UserId == viewerId);

        var shared = new SharedTopicCardData(
            share.Id,
            Count(audience is null ? acknowledgements.Count : audience.Count - pending!.Count, audience?.Count),
            $"Shared by {share.SharerName} on {Day(share.SharedAt)}",
            mine is null ? null : $"You read this on {Day(mine.At)}.",
            isSharer ? Tracking(acknowledgements, pending) : null,
            [share.SharerId]);
        var updated = topic.Hash == share.Hash
            ? null
            : $"Policy updated: the policy has changed since {CardMarkdown.Escape(share.SharerName)} shared this on {Day(share.SharedAt)}. This is the current text.";
        return PolicyCards.Topic(TopicCards.ToCard(knowledge, topic, canShare: false) with { UpdatedNote = updated, Shared = shared });
    }

    /// <summary>The team members still to acknowledge, or null when the roster could not be read.</summary>
    public async Task<IReadOnlyList<TeamsChannelAccount>?> PendingAsync(ITurnContext turnContext, ShareRecord share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(share);
        var audience = await AudienceAsync(turnContext, share, cancellationToken).ConfigureAwait(false);
        var read = (await store.AcknowledgementsAsync(share.Id, cancellationToken).ConfigureAwait(false)).Select(a => a.UserId).ToHashSet(StringComparer.Ordinal);
        return audience?.Where(member => !read.Contains(member.Id)).ToList();
    }

    // Everyone in the team but the sharer, who shared it because they have read it.
    private static async Task<IReadOnlyList<TeamsChannelAccount>?> AudienceAsync(ITurnContext turnContext, ShareRecord share, CancellationToken cancellationToken)
    {
        if (TeamRoster.TeamId(turnContext.Activity) != share.TeamId)
        {
            return null;
        }

        var members = await TeamRoster.MembersAsync(turnContext, share.TeamId, cancellationToken).ConfigureAwait(false);
        return members.Where(member => member.Id != share.SharerId).ToList();
    }

    private static AckTrackingCardData Tracking(IReadOnlyList<Acknowledgement> acknowledgements, IReadOnlyList<TeamsChannelAccount>? pending) => new(
        acknowledgements.Count == 0 ? "No one yet" : Names(acknowledgements.Select(a => a.UserName).ToList()),
        pending switch
        {
            null => "Open this card in its team's channel to see who has not read it.",
            { Count: 0 } => "Everyone has read it.",
            _ => Names(pending.Select(m => m.Name ?? m.Id).ToList()),
        },
        pending is { Count: > 0 });

    private static string Names(List<string> names) =>
        names.Count <= MaxNames ? string.Join(", ", names) : $"{string.Join(", ", names.Take(MaxNames))} and {names.Count - MaxNames} more";

    private static string Count(int read, int? audience) => (read, audience) switch
    {
        (0, _) => "No one has read this yet",
        (_, null) => read == 1 ? "1 person has read this" : $"{read} people have read this",
        _ => $"{read} of {audience} have read this",
    };

    private static string Day(DateTimeOffset at) => at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

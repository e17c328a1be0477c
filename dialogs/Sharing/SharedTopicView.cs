using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Topics;
using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// Renders a shared topic card for one viewer from the current policy and the acknowledgements so far: everyone
/// sees how many have read the version in force; someone who read an earlier version that changed since sees
/// "updated since you read it"; the sharer sees who has read which version and who has not.
/// </summary>
public sealed class SharedTopicView(ShareStore store, PolicyVersions versions, PolicyVersionStore waivers, TeamRosterCache rosters)
{
    // Names beyond these are summarised, so a large team's card stays well under Teams' size limit.
    private const int MaxNames = 40;

    // Teams refreshes a card by itself for at most 60 listed users; the rest use the card's own buttons.
    private const int MaxRefreshUsers = 60;

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

        var readings = await ReadingsAsync(knowledge, share, cancellationToken).ConfigureAwait(false);
        var isSharer = viewerId == share.SharerId;
        var audience = await AudienceAsync(turnContext, share, cancellationToken).ConfigureAwait(false);
        var holding = readings.Readers.Values.Where(r => r.Holds).Select(r => r.UserId).ToHashSet(StringComparer.Ordinal);
        var pending = audience?.Where(member => !readings.Readers.ContainsKey(member.Id)).ToList();
        var earlier = readings.Readers.Values.Where(r => !r.Holds).ToList();
        var mine = viewerId is null ? null : readings.Readers.GetValueOrDefault(viewerId);
        var label = readings.Current?.Label;

        var shared = new SharedTopicCardData(
            share.Id,
            Count(audience is null ? holding.Count : audience.Count(m => holding.Contains(m.Id)), audience?.Count, earlier.Count, readings.Current is not null && readings.CurrentVersion > 1),
            $"Shared by {share.SharerName} on {Day(share.SharedAt)}",
            mine is null ? null : $"You read {(mine.Version == readings.CurrentVersion || readings.Current is null ? "this" : $"version {mine.Version}")} on {Day(mine.At)}.",
            isSharer ? Tracking(readings, pending, earlier) : null,
            [share.SharerId, .. RecentFirst(earlier).Where(id => id != share.SharerId).Take(MaxRefreshUsers - 1)])
        {
            NeedsRereading = mine is { Holds: false },
            Update = mine is { Holds: false }
                ? $"Updated since you read it: {Changed(readings.SinceShared)} changed in {label}. Read what changed, then confirm."
                : viewerId is null && readings.ChangedSinceShared
                    ? $"Updated in {label}: {Changed(readings.SinceShared)} changed since this was shared. If you read it before, select What changed, then I've read this."
                    : null,
            CanSeeChanges = readings.SinceShared.Count > 0,
        };
        // Drawn again on every refresh and click, so the full review note is left to answers (once per
        // conversation); the kicker still says "review overdue".
        return PolicyCards.Topic(TopicCards.ToCard(knowledge, topic, canShare: false) with { ReviewNote = null, UpdatedNote = UpdatedNote(topic, share, readings), Shared = shared });
    }

    // Those who read it most recently are the likeliest to look at the card again, so they get Teams' own refresh.
    private static IEnumerable<string> RecentFirst(IEnumerable<ReaderState> readers) =>
        readers.OrderByDescending(r => r.At).ThenBy(r => r.UserId, StringComparer.Ordinal).Select(r => r.UserId);

    /// <summary>The team members still to acknowledge any version or to re-read a changed one, or null when the roster could not be read.</summary>
    public async Task<IReadOnlyList<TeamsChannelAccount>?> PendingAsync(ITurnContext turnContext, PolicyKnowledgeBase knowledge, ShareRecord share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(share);
        var audience = await AudienceAsync(turnContext, share, cancellationToken).ConfigureAwait(false);
        var readings = await ReadingsAsync(knowledge, share, cancellationToken).ConfigureAwait(false);
        return audience?.Where(member => readings.Readers.GetValueOrDefault(member.Id) is not { Holds: true }).ToList();
    }

    /// <summary>Everyone's readings of the card against the recorded versions.</summary>
    public async Task<ShareReadings> ReadingsAsync(PolicyKnowledgeBase knowledge, ShareRecord share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(share);
        var acknowledgements = await store.AcknowledgementsAsync(share.Id, cancellationToken).ConfigureAwait(false);
        var catalog = await versions.CatalogAsync(knowledge, cancellationToken).ConfigureAwait(false);
        var waived = (await waivers.WaiversAsync(share.PolicyId, cancellationToken).ConfigureAwait(false)).Select(w => w.Version).ToHashSet();
        return ShareReadings.Of(share, SectionOf(knowledge, share), acknowledgements, catalog.History(share.PolicyId), waived);
    }

    /// <summary>The id of the card's top section: the section itself, or the Standards section for the policy at a glance.</summary>
    public static string SectionOf(PolicyKnowledgeBase knowledge, ShareRecord share)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(share);
        return knowledge.FindPolicy(share.PolicyId) is { } document ? TopicCatalog.SectionOf(document, share.TopicId) ?? share.TopicId : share.TopicId;
    }

    private static string? UpdatedNote(PolicyTopic topic, ShareRecord share, ShareReadings readings)
    {
        if (readings.SinceShared.Count > 0 && readings.Current is { } current)
        {
            return readings.ChangedSinceShared
                ? $"Policy updated: {current.Label}. This is the current text."
                : $"Editorial changes since this was shared ({current.Label}): spelling, punctuation or layout only; nothing to read again.";
        }

        return topic.Hash == share.Hash ? null : $"Policy updated: the policy has changed since {CardMarkdown.Escape(share.SharerName)} shared this on {Day(share.SharedAt)}. This is the current text.";
    }

    private static string Changed(IReadOnlyList<SectionChange> changes)
    {
        var titles = changes.Where(c => c.IsSubstantive).Select(c => $"\u201c{(c.New ?? c.Old)!.Title}\u201d").Distinct().ToList();
        return titles.Count switch
        {
            0 => "its wording",
            <= 3 => string.Join(", ", titles),
            _ => $"{titles.Count} parts",
        };
    }

    // Everyone in the team but the sharer, who shared it because they have read it.
    private async Task<IReadOnlyList<TeamsChannelAccount>?> AudienceAsync(ITurnContext turnContext, ShareRecord share, CancellationToken cancellationToken)
    {
        if (TeamRoster.TeamId(turnContext.Activity) != share.TeamId)
        {
            return null;
        }

        var members = await rosters.MembersAsync(share.TeamId, token => TeamRoster.MembersAsync(turnContext, share.TeamId, token), cancellationToken).ConfigureAwait(false);
        return members.Where(member => member.Id != share.SharerId).ToList();
    }

    private static AckTrackingCardData Tracking(ShareReadings readings, IReadOnlyList<TeamsChannelAccount>? pending, List<ReaderState> earlier) => new(
        readings.Readers.Values.Any(r => r.Holds) ? Names(readings.Readers.Values.Where(r => r.Holds).OrderBy(r => r.At).Select(r => readings.CurrentVersion > 1 ? $"{r.UserName} (v{r.Version})" : r.UserName).ToList()) : "No one yet",
        pending switch
        {
            null => "Open this card in its team's channel to see who has not read it.",
            { Count: 0 } => "Everyone has read it.",
            _ => Names(pending.Select(m => m.Name ?? m.Id).ToList()),
        },
        pending is { Count: > 0 } || earlier.Count > 0)
    {
        Earlier = earlier.Count == 0 ? null : Names(earlier.OrderBy(r => r.At).Select(r => $"{r.UserName} (v{r.Version})").ToList()),
        CanExport = readings.Readers.Count > 0,
    };

    private static string Names(List<string> names) =>
        names.Count <= MaxNames ? string.Join(", ", names) : $"{string.Join(", ", names.Take(MaxNames))} and {names.Count - MaxNames} more";

    private static string Count(int read, int? audience, int earlier, bool versioned)
    {
        var what = versioned ? "the current version" : "this";
        var counted = (read, audience) switch
        {
            (0, _) => $"No one has read {what} yet",
            (_, null) => read == 1 ? $"1 person has read {what}" : $"{read} people have read {what}",
            _ => $"{read} of {audience} have read {what}",
        };
        return earlier == 0 ? counted : $"{counted}; {earlier} read an earlier version";
    }

    private static string Day(DateTimeOffset at) => at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

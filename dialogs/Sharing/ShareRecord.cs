namespace PolicyBot.Dialogs.Sharing;

/// <summary>A topic card posted to a channel. It keeps ids and a hash, not the text, so the card always shows the current policy.</summary>
/// <param name="Id">The share's id, carried by the card's buttons.</param>
/// <param name="PolicyId">The policy the topic is from.</param>
/// <param name="TopicId">The section id, or the at-a-glance id.</param>
/// <param name="Hash">The topic's text hash when it was shared, to tell when the policy has changed since.</param>
/// <param name="SharerId">The Teams user id of the person who shared it.</param>
/// <param name="SharerName">Their display name.</param>
/// <param name="TeamId">The team whose roster the acknowledgements are counted against.</param>
/// <param name="ChannelId">The channel it was posted to.</param>
/// <param name="SharedAt">When it was shared.</param>
/// <param name="Version">The policy version it was shared from (1 for cards shared before versions were kept).</param>
public sealed record ShareRecord(
    string Id,
    string PolicyId,
    string TopicId,
    string Hash,
    string SharerId,
    string SharerName,
    string TeamId,
    string ChannelId,
    DateTimeOffset SharedAt,
    int Version = 1);

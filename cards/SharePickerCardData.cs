namespace PolicyBot.Cards;

/// <summary>Asks a manager which channel of their team to post a topic card to.</summary>
/// <param name="PolicyId">The policy of the topic to share.</param>
/// <param name="TopicId">The topic to share.</param>
/// <param name="Title">The topic's title, to say what is being shared.</param>
/// <param name="Channels">The team's channels.</param>
/// <param name="ChannelId">The channel chosen to start with: the one the manager is in.</param>
public sealed record SharePickerCardData(string PolicyId, string TopicId, string Title, IReadOnlyList<ChoiceCardData> Channels, string ChannelId);

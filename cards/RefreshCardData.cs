namespace PolicyBot.Cards;

/// <summary>
/// Makes a card a private view in a shared conversation: Teams refreshes it for the listed users, and the bot
/// answers each with the view that is theirs.
/// </summary>
/// <param name="FlowId">The check the card belongs to.</param>
/// <param name="UserIds">Who gets their own view (Teams allows at most 60).</param>
public sealed record RefreshCardData(string FlowId, IReadOnlyList<string> UserIds);

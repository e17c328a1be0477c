namespace PolicyBot.Cards;

/// <summary>What everyone else in a shared conversation sees of someone's private check.</summary>
/// <param name="OwnerName">Who is checking a post.</param>
/// <param name="Refresh">Keeps the owner's own view of the card.</param>
public sealed record PostCheckSharedCardData(UserText OwnerName, RefreshCardData Refresh);

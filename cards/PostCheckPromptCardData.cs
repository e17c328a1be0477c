namespace PolicyBot.Cards;

/// <summary>The card that starts a "can I post this?" check: paste a draft, or answer questions.</summary>
/// <param name="PolicyName">The policy drafts are checked against.</param>
/// <param name="MaxLength">The longest draft accepted.</param>
/// <param name="InChannel">True in shared conversations, where the card says answers stay private.</param>
/// <param name="Notice">Why the card is shown again (an expired check, say), or null.</param>
/// <param name="Lead">A plain sentence before the title, such as why the check is offered, or null.</param>
public sealed record PostCheckPromptCardData(string PolicyName, int MaxLength, bool InChannel, string? Notice = null, string? Lead = null);

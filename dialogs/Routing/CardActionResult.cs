using System.Text.Json.Nodes;
using PolicyBot.Cards;

namespace PolicyBot.Dialogs.Routing;

/// <summary>What a card button does: replace the card it was on, and/or send a new card.</summary>
/// <param name="Replacement">The card to show in place of the clicked one, or null to leave it.</param>
/// <param name="NewCard">A card to post as a new message, or null.</param>
/// <param name="Note">A one-line message for Teams to show when the card is not replaced.</param>
public sealed record CardActionResult(JsonObject? Replacement, JsonObject? NewCard, string Note)
{
    /// <summary>The clicked card replaced by one saying what went wrong and what to do instead.</summary>
    public static CardActionResult Error(string text) =>
        new(PolicyCards.Notice(new NoticeCardData("Sorry, that didn't work", text, "Attention")), null, text);
}

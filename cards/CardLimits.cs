using System.Text;
using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>Teams' limits on the cards a bot sends.</summary>
public static class CardLimits
{
    /// <summary>The most a card's JSON may take, in UTF-8 bytes.</summary>
    /// <remarks>
    /// Teams documents 100 KB for a bot's whole message (80 KB recommended) but has refused cards from 28 KB up
    /// (a 40 KB answer card was refused), so every card stays within 28 KB whatever people type: the binder
    /// shortens user text until it fits (see <see cref="CardTemplate"/>).
    /// </remarks>
    public const int MaxBytes = 28 * 1024;

    public const int MaxPrimaryActions = 6;

    public const string MaxVersion = "1.5";

    /// <summary>Every way the card breaks Teams' limits; empty when it fits.</summary>
    public static IReadOnlyList<string> Check(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<string>();
        var bytes = Encoding.UTF8.GetByteCount(card.ToJsonString());
        if (bytes > MaxBytes)
        {
            problems.Add($"The card is {bytes} bytes; Teams cards must stay under {MaxBytes}.");
        }

        var version = card["version"]?.GetValue<string>();
        if (version is null || !Version.TryParse(version, out var parsed) || parsed > Version.Parse(MaxVersion))
        {
            problems.Add($"The card's version '{version}' is not between 1.0 and {MaxVersion}.");
        }

        if (card["actions"] is JsonArray actions && actions.Count > MaxPrimaryActions)
        {
            problems.Add($"The card has {actions.Count} primary actions; Teams shows at most {MaxPrimaryActions}.");
        }

        return problems;
    }
}

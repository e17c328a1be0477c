using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// Without Microsoft Graph the bot cannot know who someone's manager is, so it prepares the message and a Teams
/// chat link that opens with it; the person picks their manager in Teams.
/// </summary>
internal static class ManagerHandoff
{
    public const string TeamsChatLink = "https://teams.microsoft.com/l/chat/0/0";

    public static string Message(Escalation escalation) =>
        $"Kia ora, I have a question about the Social Media Policy ({escalation.Reference}): {escalation.Question}";

    /// <summary>A Teams deep link to a new chat with the message filled in; with the manager's address when known.</summary>
    public static string Link(string message, string? managerAddress = null) =>
        $"{TeamsChatLink}?users={Uri.EscapeDataString(managerAddress ?? string.Empty)}&message={Uri.EscapeDataString(message)}";

    public static CardActionResult Card(Escalation escalation, Handoff route)
    {
        var message = Message(escalation);
        var card = PolicyCards.Handoff(new HandoffCardData(route.To, route.Name, route.Contact, route.Reason, route.Source, message));
        var actions = card["actions"] as JsonArray ?? [];
        actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open a Teams chat with this message", ["url"] = Link(message) });
        card["actions"] = actions;
        var text = $"Here's a message for your manager ({escalation.Reference}). Open a Teams chat with it, add your manager, and send.";
        return new CardActionResult(card, null, text);
    }
}

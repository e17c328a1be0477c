using System.Globalization;
using System.Text.Json.Nodes;
using PolicyBot.Cards;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Renders an escalation as its ticket card, with times in the team's time zone.</summary>
public static class TicketCards
{
    public static JsonObject Render(Escalation escalation, string team, TimeZoneInfo zone, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var created = TimeZoneInfo.ConvertTime(escalation.CreatedAt, zone).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        return PolicyCards.Ticket(new TicketCardData(
            escalation.Id,
            escalation.Reference,
            team,
            escalation.Status.ToString(),
            escalation.Question,
            escalation.Context,
            escalation.RequesterShown,
            escalation.Assignee,
            escalation.Answer,
            created,
            notice));
    }
}

using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Escalations;

/// <summary>The "Escalations" configuration section.</summary>
public sealed class EscalationSettings
{
    public const string SectionName = "Escalations";

    /// <summary>Teams user ids ("29:...") or Entra object ids allowed to register queue channels.</summary>
    public IList<string> Admins { get; } = [];

    /// <summary>Mailboxes by queue id, overriding routing.json's for this deployment; an empty one turns the queue's mailbox off.</summary>
    public IDictionary<string, string> Mailboxes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Working hours an unassigned ticket may wait before the channel is reminded.</summary>
    [Range(0.1, 1000, ErrorMessage = "Escalations:ReminderAfterWorkingHours must be between 0.1 and 1000 hours.")]
    public double ReminderAfterWorkingHours { get; set; } = 4;

    /// <summary>The team's time zone (an IANA id), for working hours and the times on ticket cards.</summary>
    public string TimeZone { get; set; } = "Pacific/Auckland";

    /// <summary>
    /// One question from one person to one team within this window is one escalation, however often Send is pressed
    /// (twice on one card, or again after a reply was lost); zero turns that off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Escalations:DuplicateWindow must be between 0 and a day.")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often each instance looks for tickets to remind about.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Escalations:ReminderCheckInterval must be between a second and a day.")]
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}

using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Retention;

/// <summary>
/// The "Retention" configuration section: how long each kind of record is kept before the retention job deletes
/// it. An empty value keeps that kind for good. See the README's section for the records team.
/// </summary>
public sealed class RetentionSettings
{
    public const string SectionName = "Retention";

    /// <summary>Questions asked in chat (kept without names), from when they were asked.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:Questions must be between a day and ten years, or empty to keep them.")]
    public TimeSpan? Questions { get; set; } = TimeSpan.FromDays(90);

    /// <summary>👍/👎 on answers (kept without names), from when they were given.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:Feedback must be between a day and ten years, or empty to keep it.")]
    public TimeSpan? Feedback { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Escalations that are finished (closed, answered and left, or handed to a manager), with their history and
    /// messages, from their last change. Open tickets are never deleted.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:ClosedEscalations must be between a day and ten years, or empty to keep them.")]
    public TimeSpan? ClosedEscalations { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Delivered messages in the outbox (emails, cards, notices as sent), from when they were delivered.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:DeliveredMessages must be between a day and ten years, or empty to keep them.")]
    public TimeSpan? DeliveredMessages { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Shared topic cards and everyone's acknowledgement of them, from when the card was shared. Empty (the default)
    /// keeps them: an acknowledgement is the record that someone read a version of a policy.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00", ErrorMessage = "Retention:Acknowledgements must be at least a day, or empty to keep them.")]
    public TimeSpan? Acknowledgements { get; set; }

    /// <summary>How often each instance runs the retention job.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Retention:Interval must be between a minute and a week.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);
}

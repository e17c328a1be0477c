using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>The "Outbox" configuration section: how often the worker looks and how it backs off.</summary>
public sealed class OutboxSettings
{
    public const string SectionName = "Outbox";

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Outbox:PollInterval must be between 10 ms and an hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed message stays hidden from other instances while one delivers it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Outbox:Lease must be between a second and a day.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Outbox:FirstRetryDelay must be between 1 ms and a day.")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "Outbox:MaxRetryDelay must be between 1 ms and a week.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>After this many attempts a message is marked failed and left for an operator.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:MaxAttempts must be between 1 and 1000.")]
    public int MaxAttempts { get; set; } = 12;

    [Range(1, 1000, ErrorMessage = "Outbox:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 20;

    /// <summary>False stops this instance delivering (tests, or an instance meant only to take requests).</summary>
    public bool Enabled { get; set; } = true;
}

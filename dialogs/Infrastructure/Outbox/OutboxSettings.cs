using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>The "Outbox" configuration section: how often the worker looks, how many it sends at once, and how it backs off.</summary>
public sealed class OutboxSettings
{
    public const string SectionName = "Outbox";

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Outbox:PollInterval must be between 10 ms and an hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a claimed message stays hidden from other instances; the holder renews it every third of this while
    /// it delivers, so it runs out only when the holder has died (or lost the database) that long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Outbox:Lease must be between a second and an hour.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Outbox:FirstRetryDelay must be between 1 ms and a day.")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00", ErrorMessage = "Outbox:MaxRetryDelay must be between 1 ms and a week.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A message that keeps failing is given up once it has had this many attempts and is GiveUpAfter old.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:MaxAttempts must be between 1 and 1000.")]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>
    /// How long a retryable failure (Teams or the mail server down) is retried before the message is given up, so
    /// an outage of hours loses nothing; the escalation then says so and <c>escalations retry</c> sends it again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "Outbox:GiveUpAfter must be between 0 and 30 days.")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Deliveries at once in each lane (Teams, mail), per instance; the lanes never wait for each other.</summary>
    [Range(1, 64, ErrorMessage = "Outbox:Concurrency must be between 1 and 64.")]
    public int Concurrency { get; set; } = 4;

    /// <summary>How long a stop waits for deliveries under way to finish before cutting them off and releasing them.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Outbox:StopGrace must be between 0 and 5 minutes.")]
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>False stops this instance delivering (tests, or an instance meant only to take requests).</summary>
    public bool Enabled { get; set; } = true;
}

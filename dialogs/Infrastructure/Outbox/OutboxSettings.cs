namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>The "Outbox" configuration section: how often the worker looks and how it backs off.</summary>
public sealed class OutboxSettings
{
    public const string SectionName = "Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed message stays hidden from other instances while one delivers it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>After this many attempts a message is marked failed and left for an operator.</summary>
    public int MaxAttempts { get; set; } = 12;

    public int BatchSize { get; set; } = 20;

    /// <summary>False stops this instance delivering (tests, or an instance meant only to take requests).</summary>
    public bool Enabled { get; set; } = true;
}

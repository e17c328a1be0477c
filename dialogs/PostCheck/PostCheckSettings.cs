namespace PolicyBot.Dialogs.PostCheck;

/// <summary>The "PostCheck" configuration section.</summary>
public sealed class PostCheckSettings
{
    public const string SectionName = "PostCheck";

    /// <summary>How long an unfinished check is kept after its last answer.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);
}

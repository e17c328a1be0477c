using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.PostCheck;

/// <summary>The "PostCheck" configuration section.</summary>
public sealed class PostCheckSettings
{
    public const string SectionName = "PostCheck";

    /// <summary>How long an unfinished check is kept after its last answer.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "PostCheck:Expiry must be between a minute and a year, such as 1.00:00:00 for a day.")]
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);
}

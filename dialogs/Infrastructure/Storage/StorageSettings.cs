namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageSettings
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file for feedback and state; relative paths resolve beside the binaries.</summary>
    public string SqlitePath { get; set; } = "data/policybot.db";

    public string ResolvePath() => Path.IsPathRooted(SqlitePath) ? SqlitePath : Path.Combine(AppContext.BaseDirectory, SqlitePath);
}

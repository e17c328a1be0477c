using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageSettings
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file for feedback and state; relative paths resolve beside the binaries.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:SqlitePath must name the SQLite file.")]
    public string SqlitePath { get; set; } = "data/policybot.db";

    /// <summary>Every store in PostgreSQL, so several instances share all state; empty keeps it in the SQLite file.</summary>
    public string PostgresConnectionString { get; set; } = string.Empty;

    public string ResolvePath() => Path.IsPathRooted(SqlitePath) ? SqlitePath : Path.Combine(AppContext.BaseDirectory, SqlitePath);
}

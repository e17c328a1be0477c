using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageSettings
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file every store uses when no PostgreSQL is configured.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:SqlitePath must name the SQLite file.")]
    public string SqlitePath { get; set; } = "data/policybot.db";

    /// <summary>Every store in PostgreSQL, so several instances share all state; empty keeps it in the SQLite file.</summary>
    public string PostgresConnectionString { get; set; } = string.Empty;

    /// <summary>The file's full path; a relative one is taken from the working directory (the repository root for `dotnet run`).</summary>
    public string ResolvePath() => Path.GetFullPath(SqlitePath);
}

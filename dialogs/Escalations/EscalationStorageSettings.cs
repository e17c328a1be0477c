namespace PolicyBot.Dialogs.Escalations;

/// <summary>The escalation part of the "Storage" section: PostgreSQL when a connection string is set, else the SQLite file.</summary>
public sealed class EscalationStorageSettings
{
    public string PostgresConnectionString { get; set; } = string.Empty;
}

using System.Data.Common;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Opens connections to the escalation database: a SQLite file or a shared PostgreSQL.</summary>
public interface IEscalationDatabase
{
    SqlDialect Dialect { get; }

    /// <summary>A human-readable name of where the data lives, without secrets.</summary>
    string Describe { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}

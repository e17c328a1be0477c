using System.Data.Common;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Where every store keeps its state: the bot's SQLite file, or a PostgreSQL that several instances share.</summary>
public interface IDatabase
{
    SqlDialect Dialect { get; }

    /// <summary>A human-readable name of where the data lives, without secrets.</summary>
    string Describe { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}

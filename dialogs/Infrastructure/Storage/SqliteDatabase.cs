using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Every store in the bot's SQLite file (the default, for one instance): one short-lived pooled connection per use.</summary>
public sealed class SqliteDatabase : IDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Describe = path;

        // A writer waits up to 30 s for another (the question log's batch, say) instead of failing at once.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string Describe { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Every store in the bot's SQLite file (the default, for one instance): one short-lived pooled connection per use.</summary>
public sealed class SqliteDatabase : IDatabase
{
    /// <summary>How long a writer waits for another's lock before failing, as the connection's DefaultTimeout.</summary>
    internal static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;

    // The pool hands the same SQLite handle out again and again, and a handle keeps its settings: they are made
    // once per handle, not on every open (a statement more, three times a turn).
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];
    private static readonly object Configured = new();

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Describe = path;

        // A writer waits up to 30 s for another (the question log's batch, say) instead of failing at once.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = (int)BusyTimeout.TotalSeconds }.ToString();
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public string Describe { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection.Handle is { } handle && _configured.TryGetValue(handle, out _))
        {
            return connection;
        }

        // SQLite itself waits for another writer's lock, checking every few milliseconds. Without this the library
        // retries on its own every 150 ms, so a write that found the lock taken (a posted card's id, under load)
        // waited up to 150 ms after it was free: the window in which a crash sends a card twice.
        // In WAL mode "synchronous = NORMAL" still survives a killed process (only a power cut can lose the last
        // commits); FULL waited for the disk on every commit, a flush or two per turn (the turn ledger, the log).
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (connection.Handle is { } opened)
        {
            _configured.AddOrUpdate(opened, Configured);
        }

        return connection;
    }
}

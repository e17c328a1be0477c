using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Escalations in the bot's SQLite file: the default, for a single instance.</summary>
public sealed class SqliteEscalationDatabase : IEscalationDatabase
{
    private readonly string _connectionString;

    public SqliteEscalationDatabase(IOptions<StorageSettings> settings)
        : this(settings?.Value.ResolvePath() ?? throw new ArgumentNullException(nameof(settings)))
    {
    }

    public SqliteEscalationDatabase(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Describe = path;
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

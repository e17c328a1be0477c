using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>The bot's SQLite file: one short-lived pooled connection per command, so concurrent turns never share one.</summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(IOptions<StorageSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.Value.ResolvePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        RunAsync(sql, bind, command => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken);

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        return RunAsync<IReadOnlyList<T>>(
            sql,
            bind,
            async command => await Sql.ReadAllAsync(command, reader => read((SqliteDataReader)reader), cancellationToken).ConfigureAwait(false),
            cancellationToken);
    }

    private async Task<T> RunAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteCommand, Task<T>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bind);
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                bind(command.Parameters);
                return await run(command).ConfigureAwait(false);
            }
        }
    }
}

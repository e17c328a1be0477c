using System.Data.Common;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>
/// Small ADO.NET helpers for SQLite and PostgreSQL alike: parameters, reads, and the one time encoding every
/// table uses, Unix milliseconds in a BIGINT column (it sorts, compares and indexes the same in both).
/// </summary>
internal static class Sql
{
    /// <summary>Runs one statement on a connection of its own.</summary>
    public static async Task<int> ExecuteAsync(IDatabase database, string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ExecuteAsync(connection, null, text, cancellationToken, parameters).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one query on a connection of its own and reads every row.</summary>
    public static async Task<List<T>> QueryAsync<T>(IDatabase database, string text, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await QueryAsync(connection, null, text, read, cancellationToken, parameters).ConfigureAwait(false);
        }
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string text, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, text, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await ReadAllAsync(command, read, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(read);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    public static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static long? Millis(DateTimeOffset? at) => at?.ToUnixTimeMilliseconds();

    public static DateTimeOffset Time(DbDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(Long(reader, ordinal));

    public static DateTimeOffset? TimeOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Time(reader, ordinal);

    /// <summary>A flag as stored: 1 or 0 in a BIGINT column, the same in both databases.</summary>
    public static long Flag(bool value) => value ? 1L : 0L;

    public static bool Flag(DbDataReader reader, int ordinal) => Long(reader, ordinal) != 0;

    public static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static string? TextOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

using System.Data.Common;
using System.Globalization;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>
/// Brings a SQLite file from before the one storage layer up to date: its feedback, question log, post checks,
/// shares and acknowledgements kept times as text in three formats. Each table is set aside, recreated, and its
/// rows copied with the times as Unix milliseconds; nothing is lost.
/// </summary>
internal static class LegacyTables
{
    private const string Suffix = "_before_v2";

    // Parents before children (acknowledgements refer to shares); each with its columns and the one holding a time.
    private static readonly (string Table, string[] Columns, string Time, string[] Indexes)[] Tables =
    [
        ("feedback", ["id", "question", "helpful", "answered", "conversation_type", "at"], "at", []),
        ("asked_questions", ["id", "question", "answered", "section", "conversation_type", "at"], "at", ["asked_questions_at"]),
        ("post_checks", ["id", "owner_id", "state", "updated_at"], "updated_at", []),
        ("shares", ["id", "policy_id", "topic_id", "hash", "sharer_id", "sharer_name", "team_id", "channel_id", "shared_at"], "shared_at", []),
        ("acknowledgements", ["share_id", "user_id", "user_name", "at"], "at", []),
    ];

    /// <summary>Renames the old tables out of the way; returns the names of those there were.</summary>
    public static async Task<IReadOnlyList<string>> SetAsideAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var present = new List<string>();
        foreach (var (table, _, _, indexes) in Tables)
        {
            var found = await Sql.QueryAsync(connection, transaction, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = @name", reader => reader.GetString(0), cancellationToken, ("@name", table)).ConfigureAwait(false);
            if (found.Count == 0)
            {
                continue;
            }

            foreach (var index in indexes)
            {
                await Sql.ExecuteAsync(connection, transaction, $"DROP INDEX IF EXISTS {index}", cancellationToken).ConfigureAwait(false);
            }

            await Sql.ExecuteAsync(connection, transaction, $"ALTER TABLE {table} RENAME TO {table}{Suffix}", cancellationToken).ConfigureAwait(false);
            present.Add(table);
        }

        return present;
    }

    /// <summary>Copies the rows of the set-aside tables into the new ones, then drops the old.</summary>
    public static async Task CopyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> present, CancellationToken cancellationToken)
    {
        foreach (var (table, columns, time, _) in Tables.Where(t => present.Contains(t.Table)))
        {
            var names = string.Join(", ", columns);
            var rows = await Sql.QueryAsync(connection, transaction, $"SELECT {names} FROM {table}{Suffix}", Row, cancellationToken).ConfigureAwait(false);
            var values = string.Join(", ", columns.Select(c => "@" + c));
            var at = Array.IndexOf(columns, time);
            foreach (var row in rows)
            {
                row[at] = Sql.Millis(DateTimeOffset.Parse((string)row[at]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
                await Sql.ExecuteAsync(connection, transaction, $"INSERT INTO {table} ({names}) VALUES ({values})", cancellationToken, [.. columns.Select((c, i) => ("@" + c, row[i]))]).ConfigureAwait(false);
            }
        }

        foreach (var table in Tables.Select(t => t.Table).Where(present.Contains).Reverse())
        {
            await Sql.ExecuteAsync(connection, transaction, $"DROP TABLE {table}{Suffix}", cancellationToken).ConfigureAwait(false);
        }
    }

    private static object?[] Row(DbDataReader reader)
    {
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return row;
    }
}

using System.Data.Common;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// The outbox: effects written in the transaction of the change that causes them, then leased out to the
/// workers of every instance, so each is delivered by one of them even when one crashes.
/// </summary>
public sealed class OutboxStore(IDatabase database)
{
    private const int MaxErrorLength = 500;

    /// <summary>Adds effects inside the caller's transaction.</summary>
    internal static async Task AddAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxDraft> effects, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var effect in effects)
        {
            await Sql.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO outbox (kind, payload, created_at, due_at, attempts) VALUES (@kind, @payload, @at, @at, 0)",
                cancellationToken,
                ("@kind", effect.Kind),
                ("@payload", effect.Payload),
                ("@at", Sql.Millis(at))).ConfigureAwait(false);
        }
    }

    /// <summary>Leases up to <paramref name="max"/> due messages to this caller; another instance sees them again only when the lease ends.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        // The rows to take are picked once, in a materialised CTE: as a subquery of "WHERE id IN (...)" PostgreSQL
        // may run the LIMIT ... SKIP LOCKED select again for every row it updates (a nested loop, which it picks on
        // a table without statistics), each run skipping the rows the last one took, until every due row is taken.
        // The outer WHERE repeats the lease test: PostgreSQL re-checks it on a row another instance just leased,
        // so two instances never both take one message.
        var rows = await Sql.QueryAsync(
            database,
            $"""
            WITH picked AS MATERIALIZED (
              SELECT id FROM outbox
              WHERE delivered_at IS NULL AND failed_at IS NULL AND due_at <= @now AND (locked_until IS NULL OR locked_until <= @now)
              ORDER BY id LIMIT @max {database.Dialect.SkipLocked})
            UPDATE outbox SET locked_until = @until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM picked)
              AND delivered_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until <= @now)
            RETURNING id, kind, payload, attempts, created_at
            """,
            reader => new OutboxMessage(Sql.Long(reader, 0), reader.GetString(1), reader.GetString(2), (int)Sql.Long(reader, 3), Sql.Time(reader, 4)),
            cancellationToken,
            ("@until", Sql.Millis(now + lease)),
            ("@now", Sql.Millis(now)),
            ("@max", max)).ConfigureAwait(false);
        return rows.OrderBy(message => message.Id).ToList();
    }

    public Task CompleteAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetAsync("delivered_at = @at, locked_until = NULL", messageId, cancellationToken, ("@at", Sql.Millis(at)));

    public Task RetryLaterAsync(long messageId, DateTimeOffset due, string reason, CancellationToken cancellationToken) =>
        SetAsync("due_at = @due, locked_until = NULL, last_error = @error", messageId, cancellationToken, ("@due", Sql.Millis(due)), ("@error", Truncate(reason)));

    public Task FailAsync(long messageId, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
        SetAsync("failed_at = @at, locked_until = NULL, last_error = @error", messageId, cancellationToken, ("@at", Sql.Millis(at)), ("@error", Truncate(reason)));

    /// <summary>Every message with where it stands, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxState>> ListAsync(CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            "SELECT id, kind, attempts, due_at, delivered_at, failed_at, last_error FROM outbox ORDER BY id",
            reader => new OutboxState(Sql.Long(reader, 0), reader.GetString(1), (int)Sql.Long(reader, 2), Sql.Time(reader, 3), Sql.TimeOrNull(reader, 4), Sql.TimeOrNull(reader, 5), Sql.TextOrNull(reader, 6)),
            cancellationToken).ConfigureAwait(false);

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    private Task<int> SetAsync(string assignments, long messageId, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        Sql.ExecuteAsync(database, $"UPDATE outbox SET {assignments} WHERE id = @id", cancellationToken, [.. parameters, ("@id", messageId)]);
}

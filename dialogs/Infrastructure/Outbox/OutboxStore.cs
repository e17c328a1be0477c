using System.Data.Common;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// The outbox: effects written in the transaction of the change that causes them, then leased one by one to the
/// workers of every instance. A lease names its holder and is renewed while the delivery runs, so it ends soon
/// after a holder dies and never while it lives; effects sharing an ordering key (one ticket, one chat) go one at
/// a time, in order.
/// </summary>
public sealed class OutboxStore(IDatabase database)
{
    private const int MaxErrorLength = 500;
    private const string Columns = "id, kind, payload, attempts, created_at, escalation_id, interrupted";

    /// <summary>True when one instance owns the database (a SQLite file), so leases found at start-up are orphans.</summary>
    internal bool SingleInstance => database.Dialect.IsSqlite;

    /// <summary>Adds effects inside the caller's transaction, for <paramref name="escalationId"/> when they belong to one.</summary>
    internal static async Task AddAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxDraft> effects, DateTimeOffset at, CancellationToken cancellationToken, long? escalationId = null)
    {
        foreach (var effect in effects)
        {
            await Sql.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO outbox (kind, payload, created_at, due_at, attempts, ordering_key, escalation_id) VALUES (@kind, @payload, @at, @at, 0, @order, @escalation)",
                cancellationToken,
                ("@kind", effect.Kind),
                ("@payload", effect.Payload),
                ("@at", Sql.Millis(at)),
                ("@order", effect.OrderingKey),
                ("@escalation", escalationId)).ConfigureAwait(false);
        }
    }

    /// <summary>Leases up to <paramref name="max"/> due messages of any kind to an anonymous holder.</summary>
    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        ClaimDueAsync(new OutboxClaim(now, lease, max, "anyone", null), cancellationToken);

    /// <summary>Leases up to the claim's Max due messages of its kinds; another instance sees them again only when the lease ends.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var kinds = claim.Kinds?.ToList() ?? [];
        var kindTest = kinds.Count == 0 ? string.Empty : $"AND kind IN ({string.Join(", ", kinds.Select((_, i) => "@k" + i))})";

        // The rows to take are picked once, in a materialised CTE: as a subquery of "WHERE id IN (...)" PostgreSQL
        // may run the LIMIT ... SKIP LOCKED select again for every row it updates (a nested loop, which it picks on
        // a table without statistics), each run skipping the rows the last one took, until every due row is taken.
        // Only the oldest undelivered message of an ordering key is due, so a ticket's update never overtakes its
        // post and two instances never post one ticket at once. The outer WHERE repeats the lease test: PostgreSQL
        // re-checks it on a row another instance just leased, so two instances never both take one message.
        // A lease that ran out unfinished marks the message interrupted: the far side may have it already.
        var rows = await Sql.QueryAsync(
            database,
            $"""
            WITH picked AS MATERIALIZED (
              SELECT id FROM outbox o
              WHERE delivered_at IS NULL AND failed_at IS NULL AND due_at <= @now AND (locked_until IS NULL OR locked_until <= @now) {kindTest}
                AND (ordering_key IS NULL OR NOT EXISTS (
                  SELECT 1 FROM outbox earlier
                  WHERE earlier.ordering_key = o.ordering_key AND earlier.id < o.id AND earlier.delivered_at IS NULL AND earlier.failed_at IS NULL))
              ORDER BY due_at, id LIMIT @max {database.Dialect.SkipLocked})
            UPDATE outbox SET locked_until = @until, lease_owner = @owner, attempts = attempts + 1,
              interrupted = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE interrupted END
            WHERE id IN (SELECT id FROM picked)
              AND delivered_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until <= @now)
            RETURNING {Columns}
            """,
            Read,
            cancellationToken,
            [("@until", Sql.Millis(claim.Now + claim.Lease)), ("@now", Sql.Millis(claim.Now)), ("@max", claim.Max), ("@owner", claim.Owner), .. kinds.Select((kind, i) => ("@k" + i, (object?)kind))]).ConfigureAwait(false);
        return rows.OrderBy(message => message.Id).ToList();
    }

    /// <summary>Extends a lease its holder still has; false when it has lost it (it ran out and another took it).</summary>
    public async Task<bool> RenewAsync(long messageId, string owner, DateTimeOffset until, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(
            database,
            "UPDATE outbox SET locked_until = @until WHERE id = @id AND lease_owner = @owner AND delivered_at IS NULL AND failed_at IS NULL",
            cancellationToken,
            ("@until", Sql.Millis(until)),
            ("@id", messageId),
            ("@owner", owner)).ConfigureAwait(false) == 1;

    public Task CompleteAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetAsync("delivered_at = @at, locked_until = NULL", messageId, cancellationToken, ("@at", Sql.Millis(at)));

    public Task RetryLaterAsync(long messageId, DateTimeOffset due, string reason, CancellationToken cancellationToken) =>
        SetAsync("due_at = @due, locked_until = NULL, last_error = @error", messageId, cancellationToken, ("@due", Sql.Millis(due)), ("@error", Truncate(reason)));

    /// <summary>Puts a message back untried (a pause, not a failure): the attempt the claim counted is given back.</summary>
    public Task DeferAsync(long messageId, DateTimeOffset due, CancellationToken cancellationToken) =>
        SetAsync("due_at = @due, locked_until = NULL, attempts = attempts - 1", messageId, cancellationToken, ("@due", Sql.Millis(due)));

    /// <summary>Gives back a message whose delivery was cut off at a stop: due at once, marked interrupted, as its outcome is unknown.</summary>
    public Task ReleaseAsync(long messageId, DateTimeOffset due, CancellationToken cancellationToken) =>
        SetAsync("due_at = @due, locked_until = NULL, interrupted = 1, last_error = 'Interrupted by a stop.'", messageId, cancellationToken, ("@due", Sql.Millis(due)));

    /// <summary>
    /// Ends every lease at once, marking the messages interrupted; for a SQLite file, which one instance owns, at
    /// start-up: what a killed process held is its own, so it need not wait for the leases to run out.
    /// </summary>
    public async Task<int> ReleaseAllAsync(CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(
            database,
            "UPDATE outbox SET locked_until = NULL, interrupted = 1 WHERE locked_until IS NOT NULL AND delivered_at IS NULL AND failed_at IS NULL",
            cancellationToken).ConfigureAwait(false);

    public Task FailAsync(long messageId, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
        SetAsync("failed_at = @at, locked_until = NULL, last_error = @error", messageId, cancellationToken, ("@at", Sql.Millis(at)), ("@error", Truncate(reason)));

    /// <summary>Every message with where it stands, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxState>> ListAsync(CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            "SELECT id, kind, attempts, due_at, delivered_at, failed_at, last_error, escalation_id FROM outbox ORDER BY id",
            ReadState,
            cancellationToken).ConfigureAwait(false);

    internal static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    internal static OutboxState ReadState(DbDataReader reader) =>
        new(Sql.Long(reader, 0), reader.GetString(1), (int)Sql.Long(reader, 2), Sql.Time(reader, 3), Sql.TimeOrNull(reader, 4), Sql.TimeOrNull(reader, 5), Sql.TextOrNull(reader, 6))
        {
            EscalationId = reader.IsDBNull(7) ? null : Sql.Long(reader, 7),
        };

    private static OutboxMessage Read(DbDataReader reader) =>
        new(Sql.Long(reader, 0), reader.GetString(1), reader.GetString(2), (int)Sql.Long(reader, 3), Sql.Time(reader, 4))
        {
            EscalationId = reader.IsDBNull(5) ? null : Sql.Long(reader, 5),
            Interrupted = Sql.Flag(reader, 6),
        };

    private Task<int> SetAsync(string assignments, long messageId, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        Sql.ExecuteAsync(database, $"UPDATE outbox SET {assignments} WHERE id = @id", cancellationToken, [.. parameters, ("@id", messageId)]);
}

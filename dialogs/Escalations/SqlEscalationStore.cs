using System.Data.Common;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// Escalations and their history over SQLite or PostgreSQL: the same SQL, with the dialect's few differences.
/// Without settings (a test of something else) no two submissions count as one request.
/// </summary>
public sealed class SqlEscalationStore(IDatabase database, IOptions<EscalationSettings>? settings = null) : IEscalationStore
{
    private const string Columns = "id, source_key, route, destination, question, context, requester_id, requester_name, confidential, status, assignee, answer, created_at, updated_at, version, ticket_activity_id, reminded_at";

    public async Task<(Escalation Escalation, bool Created)> CreateAsync(Escalation escalation, string actor, Func<Escalation, IReadOnlyList<OutboxDraft>> effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(effects);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The unique source key turns a redelivered activity into a no-op rather than a second ticket.
                var ids = await Sql.QueryAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO escalations (source_key, route, destination, question, context, requester_id, requester_name, confidential, status, created_at, updated_at, version)
                    VALUES (@key, @route, @destination, @question, @context, @requesterId, @requesterName, @confidential, @status, @at, @at, 1)
                    ON CONFLICT (source_key) DO NOTHING RETURNING id
                    """,
                    reader => Sql.Long(reader, 0),
                    cancellationToken,
                    ("@key", escalation.SourceKey),
                    ("@route", escalation.Route),
                    ("@destination", escalation.Destination),
                    ("@question", escalation.Question),
                    ("@context", escalation.Context),
                    ("@requesterId", escalation.RequesterId),
                    ("@requesterName", escalation.RequesterName),
                    ("@confidential", Sql.Flag(escalation.Confidential)),
                    ("@status", escalation.Status.ToString()),
                    ("@at", Sql.Millis(escalation.CreatedAt))).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    var existing = await SelectAsync(connection, null, "source_key = @key", cancellationToken, ("@key", escalation.SourceKey)).ConfigureAwait(false);
                    return (existing.Single(), false);
                }

                var created = escalation with { Id = ids[0], Version = 1, UpdatedAt = escalation.CreatedAt };
                if (!await ClaimRequestAsync(connection, transaction, created, cancellationToken).ConfigureAwait(false))
                {
                    // The same question from the same person a moment ago (Send pressed twice): that escalation stands.
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    var first = await SelectAsync(connection, null, "id = (SELECT escalation_id FROM escalation_requests WHERE request_key = @key)", cancellationToken, ("@key", EscalationRequests.Key(escalation))).ConfigureAwait(false);
                    return (first.Single(), false);
                }

                await AddEventAsync(connection, transaction, new EscalationEvent(created.Id, created.CreatedAt, actor, "created", created.Destination), cancellationToken).ConfigureAwait(false);
                await OutboxStore.AddAsync(connection, transaction, effects(created), created.CreatedAt, cancellationToken, created.Id).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (created, true);
            }
        }
    }

    // The request key is unique: of two submissions at once (on two instances), the second waits for the first's
    // transaction and then finds the key taken. A key whose window has passed is taken over by the new escalation.
    private async Task<bool> ClaimRequestAsync(DbConnection connection, DbTransaction transaction, Escalation created, CancellationToken cancellationToken)
    {
        var window = settings?.Value.DuplicateWindow ?? TimeSpan.Zero;
        if (window <= TimeSpan.Zero)
        {
            return true;
        }

        var claimed = await Sql.QueryAsync(
            connection,
            transaction,
            """
            INSERT INTO escalation_requests (request_key, escalation_id, expires_at) VALUES (@key, @id, @expires)
            ON CONFLICT (request_key) DO UPDATE SET escalation_id = excluded.escalation_id, expires_at = excluded.expires_at
            WHERE escalation_requests.expires_at <= @now
            RETURNING escalation_id
            """,
            reader => Sql.Long(reader, 0),
            cancellationToken,
            ("@key", EscalationRequests.Key(created)),
            ("@id", created.Id),
            ("@expires", Sql.Millis(created.CreatedAt + window)),
            ("@now", Sql.Millis(created.CreatedAt))).ConfigureAwait(false);
        return claimed.Count == 1;
    }

    public async Task<Escalation?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return (await SelectAsync(connection, null, "id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false)).SingleOrDefault();
        }
    }

    public async Task<IReadOnlyList<Escalation>> ListAsync(EscalationStatus? status, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return status is null
                ? await SelectAsync(connection, null, "1 = 1", cancellationToken).ConfigureAwait(false)
                : await SelectAsync(connection, null, "status = @status", cancellationToken, ("@status", status.Value.ToString())).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<EscalationEvent>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await Sql.QueryAsync(
                connection,
                null,
                "SELECT escalation_id, at, actor, kind, detail FROM escalation_events WHERE escalation_id = @id ORDER BY id",
                reader => new EscalationEvent(Sql.Long(reader, 0), Sql.Time(reader, 1), reader.GetString(2), reader.GetString(3), Sql.TextOrNull(reader, 4)),
                cancellationToken,
                ("@id", id)).ConfigureAwait(false);
        }
    }

    public async Task<bool> UpdateAsync(Escalation changed, EscalationEvent happened, IReadOnlyList<OutboxDraft> effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(happened);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var rows = await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    """
                    UPDATE escalations SET status = @status, assignee = @assignee, answer = @answer, updated_at = @at, reminded_at = @remindedAt, version = version + 1
                    WHERE id = @id AND version = @version
                    """,
                    cancellationToken,
                    ("@status", changed.Status.ToString()),
                    ("@assignee", changed.Assignee),
                    ("@answer", changed.Answer),
                    ("@at", Sql.Millis(happened.At)),
                    ("@remindedAt", Sql.Millis(changed.RemindedAt)),
                    ("@id", changed.Id),
                    ("@version", (long)changed.Version)).ConfigureAwait(false);
                if (rows == 0)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return false;
                }

                await AddEventAsync(connection, transaction, happened, cancellationToken).ConfigureAwait(false);
                await OutboxStore.AddAsync(connection, transaction, effects, happened.At, cancellationToken, changed.Id).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }

    public async Task SetTicketActivityAsync(long id, string activityId, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await Sql.ExecuteAsync(connection, null, "UPDATE escalations SET ticket_activity_id = @activity WHERE id = @id AND ticket_activity_id IS NULL", cancellationToken, ("@activity", activityId), ("@id", id)).ConfigureAwait(false);
        }
    }

    private static Task<List<Escalation>> SelectAsync(DbConnection connection, DbTransaction? transaction, string where, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        Sql.QueryAsync(connection, transaction, $"SELECT {Columns} FROM escalations WHERE {where} ORDER BY id", ReadEscalation, cancellationToken, parameters);

    private static Escalation ReadEscalation(DbDataReader r) => new(
        Sql.Long(r, 0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetString(6),
        r.GetString(7),
        Sql.Flag(r, 8),
        Enum.Parse<EscalationStatus>(r.GetString(9)),
        Sql.TextOrNull(r, 10),
        Sql.TextOrNull(r, 11),
        Sql.Time(r, 12),
        Sql.Time(r, 13),
        (int)Sql.Long(r, 14),
        Sql.TextOrNull(r, 15),
        Sql.TimeOrNull(r, 16));

    internal static Task<int> AddEventAsync(DbConnection connection, DbTransaction transaction, EscalationEvent happened, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO escalation_events (escalation_id, at, actor, kind, detail) VALUES (@id, @at, @actor, @kind, @detail)",
            cancellationToken,
            ("@id", happened.EscalationId),
            ("@at", Sql.Millis(happened.At)),
            ("@actor", happened.Actor),
            ("@kind", happened.Kind),
            ("@detail", happened.Detail));

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);
}

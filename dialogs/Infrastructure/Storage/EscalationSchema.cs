using System.Data.Common;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Creates the escalation tables when missing. Times are Unix milliseconds in both databases.</summary>
internal static class EscalationSchema
{
    public static async Task EnsureAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (dialect.SchemaLock.Length > 0)
            {
                await Sql.ExecuteAsync(connection, transaction, dialect.SchemaLock, cancellationToken).ConfigureAwait(false);
            }

            foreach (var statement in Statements(dialect))
            {
                await Sql.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Statements(SqlDialect dialect)
    {
        yield return $"""
            CREATE TABLE IF NOT EXISTS escalations (
              {dialect.IdColumn},
              source_key TEXT NOT NULL UNIQUE,
              route TEXT NOT NULL,
              destination TEXT NOT NULL,
              question TEXT NOT NULL,
              context TEXT NOT NULL,
              requester_id TEXT NOT NULL,
              requester_name TEXT NOT NULL,
              confidential BIGINT NOT NULL,
              status TEXT NOT NULL,
              assignee TEXT NULL,
              answer TEXT NULL,
              created_at BIGINT NOT NULL,
              updated_at BIGINT NOT NULL,
              version BIGINT NOT NULL,
              ticket_activity_id TEXT NULL,
              reminded_at BIGINT NULL)
            """;
        yield return "CREATE INDEX IF NOT EXISTS escalations_status ON escalations (status, created_at)";
        yield return $"""
            CREATE TABLE IF NOT EXISTS escalation_events (
              {dialect.IdColumn},
              escalation_id BIGINT NOT NULL REFERENCES escalations (id),
              at BIGINT NOT NULL,
              actor TEXT NOT NULL,
              kind TEXT NOT NULL,
              detail TEXT NULL)
            """;
        yield return "CREATE INDEX IF NOT EXISTS escalation_events_escalation ON escalation_events (escalation_id, id)";
        yield return """
            CREATE TABLE IF NOT EXISTS conversation_references (
              reference_key TEXT PRIMARY KEY,
              reference TEXT NOT NULL)
            """;
        yield return $"""
            CREATE TABLE IF NOT EXISTS outbox (
              {dialect.IdColumn},
              kind TEXT NOT NULL,
              payload TEXT NOT NULL,
              created_at BIGINT NOT NULL,
              due_at BIGINT NOT NULL,
              attempts BIGINT NOT NULL,
              locked_until BIGINT NULL,
              delivered_at BIGINT NULL,
              failed_at BIGINT NULL,
              last_error TEXT NULL)
            """;
        yield return "CREATE INDEX IF NOT EXISTS outbox_due ON outbox (due_at) WHERE delivered_at IS NULL AND failed_at IS NULL";
    }
}

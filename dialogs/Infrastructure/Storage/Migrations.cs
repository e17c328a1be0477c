namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>
/// Every schema change, numbered. Add a new one at the end; never edit one that has been released. Times are
/// Unix milliseconds (BIGINT) and flags 0 or 1 (BIGINT) in every table, in both databases.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        // "IF NOT EXISTS": files and databases from before versioning already have these tables.
        Migration.Of(1, "escalations, their history, conversation references and the outbox", Escalations),
        new(2, "feedback, the question log, post checks, shares and acknowledgements", FeatureStoresAsync),
        Migration.Of(3, "when each shared card's last reminder went out", _ => ["ALTER TABLE shares ADD COLUMN reminded_at BIGINT NULL"]),
        Migration.Of(4, "policy versions, approved answers, acknowledgements per version, re-acknowledgement waivers, review notices", VersionTables.Statements),
    ];

    private static IEnumerable<string> Escalations(SqlDialect dialect)
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

    private static async Task FeatureStoresAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, SqlDialect dialect, CancellationToken cancellationToken)
    {
        // A SQLite file from before this layer has these tables with text times: set them aside, then copy them over.
        var legacy = dialect.IsSqlite ? await LegacyTables.SetAsideAsync(connection, transaction, cancellationToken).ConfigureAwait(false) : [];
        foreach (var statement in FeatureTables(dialect))
        {
            await Sql.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
        }

        await LegacyTables.CopyAsync(connection, transaction, legacy, cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<string> FeatureTables(SqlDialect dialect)
    {
        yield return $"""
            CREATE TABLE feedback (
              {dialect.IdColumn},
              question TEXT NOT NULL,
              helpful BIGINT NOT NULL,
              answered BIGINT NOT NULL,
              conversation_type TEXT NOT NULL,
              at BIGINT NOT NULL)
            """;
        yield return "CREATE INDEX feedback_at ON feedback (at)";
        yield return $"""
            CREATE TABLE asked_questions (
              {dialect.IdColumn},
              question TEXT NOT NULL,
              answered BIGINT NOT NULL,
              section TEXT NULL,
              conversation_type TEXT NOT NULL,
              at BIGINT NOT NULL)
            """;
        yield return "CREATE INDEX asked_questions_at ON asked_questions (at)";
        yield return """
            CREATE TABLE post_checks (
              id TEXT PRIMARY KEY,
              owner_id TEXT NOT NULL,
              state TEXT NOT NULL,
              updated_at BIGINT NOT NULL)
            """;
        yield return "CREATE INDEX post_checks_updated ON post_checks (updated_at)";
        yield return """
            CREATE TABLE shares (
              id TEXT PRIMARY KEY,
              policy_id TEXT NOT NULL,
              topic_id TEXT NOT NULL,
              hash TEXT NOT NULL,
              sharer_id TEXT NOT NULL,
              sharer_name TEXT NOT NULL,
              team_id TEXT NOT NULL,
              channel_id TEXT NOT NULL,
              shared_at BIGINT NOT NULL)
            """;
        yield return """
            CREATE TABLE acknowledgements (
              share_id TEXT NOT NULL REFERENCES shares (id),
              user_id TEXT NOT NULL,
              user_name TEXT NOT NULL,
              at BIGINT NOT NULL,
              PRIMARY KEY (share_id, user_id))
            """;
    }
}

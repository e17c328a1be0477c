namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>
/// What effectively-once delivery needs (migration 5): outbox leases that name their holder, an order within a
/// conversation or ticket, the escalation an effect belongs to and whether an attempt was cut off; throttle pauses
/// shared by every instance; the ledger of turns already answered; and recent escalation requests, so one
/// question pressed twice is one escalation.
/// </summary>
internal static class DeliveryTables
{
    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        yield return "ALTER TABLE outbox ADD COLUMN lease_owner TEXT NULL";
        yield return "ALTER TABLE outbox ADD COLUMN ordering_key TEXT NULL";
        yield return "ALTER TABLE outbox ADD COLUMN escalation_id BIGINT NULL";
        yield return "ALTER TABLE outbox ADD COLUMN interrupted BIGINT NOT NULL DEFAULT 0";
        yield return "CREATE INDEX outbox_ordering ON outbox (ordering_key, id) WHERE delivered_at IS NULL AND failed_at IS NULL";
        yield return "CREATE INDEX outbox_escalation ON outbox (escalation_id)";
        yield return "CREATE INDEX outbox_delivered ON outbox (delivered_at)";
        yield return "CREATE INDEX escalations_updated ON escalations (status, updated_at)";
        yield return "CREATE TABLE delivery_pauses (scope TEXT PRIMARY KEY, until_at BIGINT NOT NULL)";
        yield return """
            CREATE TABLE turn_ledger (
              activity_key TEXT PRIMARY KEY,
              started_at BIGINT NOT NULL,
              done_at BIGINT NULL,
              response TEXT NULL)
            """;
        yield return "CREATE INDEX turn_ledger_started ON turn_ledger (started_at)";
        yield return """
            CREATE TABLE escalation_requests (
              request_key TEXT PRIMARY KEY,
              escalation_id BIGINT NOT NULL,
              expires_at BIGINT NOT NULL)
            """;
        yield return "CREATE INDEX escalation_requests_escalation ON escalation_requests (escalation_id)";
    }
}

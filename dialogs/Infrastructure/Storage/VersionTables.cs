namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>
/// Migration 4: policy versions (each text once, by its hash), approved answers, an acknowledgement per person
/// per version (an audit record), the versions marked as needing no re-acknowledgement, and which
/// conversations have been told a policy is overdue for review.
/// </summary>
internal static class VersionTables
{
    public static IEnumerable<string> Statements(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);

        // A policy's parsed text, once however many versions have it (a revert): title and sections as JSON.
        yield return """
            CREATE TABLE policy_texts (
              hash TEXT PRIMARY KEY,
              title TEXT NOT NULL,
              sections TEXT NOT NULL)
            """;

        // effective_on is the date at 00:00 UTC, in the one time encoding.
        yield return """
            CREATE TABLE policy_versions (
              policy_id TEXT NOT NULL,
              number BIGINT NOT NULL,
              hash TEXT NOT NULL REFERENCES policy_texts (hash),
              effective_on BIGINT NOT NULL,
              effective_stated BIGINT NOT NULL,
              first_seen BIGINT NOT NULL,
              PRIMARY KEY (policy_id, number))
            """;
        yield return """
            CREATE TABLE reacknowledgement_waivers (
              policy_id TEXT NOT NULL,
              version BIGINT NOT NULL,
              waived_by_id TEXT NOT NULL,
              waived_by_name TEXT NOT NULL,
              at BIGINT NOT NULL,
              PRIMARY KEY (policy_id, version))
            """;
        yield return $"""
            CREATE TABLE approved_answers (
              {dialect.IdColumn},
              question TEXT NOT NULL,
              answer TEXT NOT NULL,
              policy_id TEXT NOT NULL,
              policy_title TEXT NOT NULL,
              section_id TEXT NOT NULL,
              section_path TEXT NOT NULL,
              section_title TEXT NOT NULL,
              section_hash TEXT NOT NULL,
              version BIGINT NOT NULL,
              approver_id TEXT NOT NULL,
              approver_name TEXT NOT NULL,
              team TEXT NOT NULL,
              approved_at BIGINT NOT NULL,
              ticket TEXT NULL,
              state TEXT NOT NULL,
              state_reason TEXT NULL,
              state_changed_at BIGINT NULL,
              uses BIGINT NOT NULL,
              last_used_at BIGINT NULL)
            """;
        yield return "CREATE INDEX approved_answers_policy ON approved_answers (policy_id, state)";

        // A share remembers the version it was made from (null: made before versions were kept, so version 1),
        // and where its card was posted, so a new version can update the card everyone sees.
        yield return "ALTER TABLE shares ADD COLUMN version BIGINT NULL";
        yield return "ALTER TABLE shares ADD COLUMN posted_reference TEXT NULL";
        yield return "ALTER TABLE shares ADD COLUMN posted_activity_id TEXT NULL";
        yield return """
            CREATE TABLE acknowledgement_records (
              share_id TEXT NOT NULL REFERENCES shares (id),
              user_id TEXT NOT NULL,
              user_name TEXT NOT NULL,
              version BIGINT NOT NULL,
              at BIGINT NOT NULL,
              PRIMARY KEY (share_id, user_id, version))
            """;
        yield return "INSERT INTO acknowledgement_records (share_id, user_id, user_name, version, at) SELECT share_id, user_id, user_name, 1, at FROM acknowledgements";
        yield return "DROP TABLE acknowledgements";
        yield return """
            CREATE TABLE review_notices (
              conversation_id TEXT NOT NULL,
              policy_id TEXT NOT NULL,
              at BIGINT NOT NULL,
              PRIMARY KEY (conversation_id, policy_id))
            """;
    }
}

using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// Throttles that every instance obeys: after a 429 with Retry-After, every message to that destination (a Teams
/// service URL) waits until the time given, whichever instance would send it. Kept in the database, because the
/// throttle Teams applies is per bot, not per instance.
/// </summary>
public sealed class DeliveryPauses(IDatabase database)
{
    /// <summary>Pauses the scope until <paramref name="until"/>, or leaves a longer pause as it is.</summary>
    public Task PauseAsync(string scope, DateTimeOffset until, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            database,
            """
            INSERT INTO delivery_pauses (scope, until_at) VALUES (@scope, @until)
            ON CONFLICT (scope) DO UPDATE SET until_at = CASE WHEN excluded.until_at > delivery_pauses.until_at THEN excluded.until_at ELSE delivery_pauses.until_at END
            """,
            cancellationToken,
            ("@scope", scope),
            ("@until", Sql.Millis(until)));

    /// <summary>When the scope's pause ends, or null when it is not paused at <paramref name="now"/>.</summary>
    public async Task<DateTimeOffset?> UntilAsync(string scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await Sql.QueryAsync(database, "SELECT until_at FROM delivery_pauses WHERE scope = @scope AND until_at > @now", reader => Sql.Time(reader, 0), cancellationToken, ("@scope", scope), ("@now", Sql.Millis(now))).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Forgets pauses that ended before <paramref name="before"/>.</summary>
    public Task<int> ForgetEndedAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(database, "DELETE FROM delivery_pauses WHERE until_at < @before", cancellationToken, ("@before", Sql.Millis(before)));
}

using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Routing;

/// <summary>
/// The turns already taken, by conversation and activity id, in the database every instance shares: Teams
/// redelivers an activity it thinks went unanswered, to any instance, and a redelivery must not answer twice,
/// add a second feedback row or send a second card. A turn begun and never finished (its instance died) is
/// taken over by a redelivery after <see cref="TakeOverAfter"/>.
/// </summary>
public sealed class TurnLedger(IDatabase database, TimeProvider time) : IDisposable
{
    /// <summary>How long a turn may run before a redelivery takes it for one that died with its instance.</summary>
    public static readonly TimeSpan TakeOverAfter = TimeSpan.FromSeconds(30);

    // SQLite lets one writer at a time hold the file, and a writer that finds it held sleeps (1, 2, 5, 10 ms and
    // longer) before it looks again, holding its thread: under load this host's turns, two ledger writes each,
    // wait their turn here instead, without sleeping. One queue per ledger, so per database, not per process.
    // PostgreSQL locks rows and needs no queue.
    private readonly SemaphoreSlim _sqliteWrites = new(1, 1);

    /// <summary>Records that the turn is being taken; says whether it is this caller's, already done (with its invoke response) or under way elsewhere.</summary>
    public async Task<TurnEntry> BeginAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = time.GetUtcNow();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await WriteAsync("INSERT INTO turn_ledger (activity_key, started_at) VALUES (@key, @now) ON CONFLICT (activity_key) DO NOTHING", cancellationToken, ("@key", key), ("@now", Sql.Millis(now))).ConfigureAwait(false) == 1)
            {
                return TurnEntry.Yours;
            }

            var rows = await Sql.QueryAsync(database, "SELECT started_at, done_at, response FROM turn_ledger WHERE activity_key = @key", reader => (Started: Sql.Long(reader, 0), Done: !reader.IsDBNull(1), Response: Sql.TextOrNull(reader, 2)), cancellationToken, ("@key", key)).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                // Abandoned between the insert and the read: try to take it again.
                continue;
            }

            var (started, done, response) = rows[0];
            if (done)
            {
                return new TurnEntry(TurnState.Done, response);
            }

            if (started > Sql.Millis(now - TakeOverAfter))
            {
                return TurnEntry.UnderWay;
            }

            // Compare and set: of two redeliveries taking over at once, one wins.
            var taken = await WriteAsync("UPDATE turn_ledger SET started_at = @now WHERE activity_key = @key AND started_at = @started AND done_at IS NULL", cancellationToken, ("@now", Sql.Millis(now)), ("@key", key), ("@started", started)).ConfigureAwait(false);
            return taken == 1 ? TurnEntry.Yours : TurnEntry.UnderWay;
        }

        return TurnEntry.UnderWay;
    }

    /// <summary>Marks the turn answered, keeping the invoke response (JSON) a redelivered invoke gets again.</summary>
    public Task CompleteAsync(string key, string? response, CancellationToken cancellationToken) =>
        WriteAsync("UPDATE turn_ledger SET done_at = @now, response = @response WHERE activity_key = @key", cancellationToken, ("@now", Sql.Millis(time.GetUtcNow())), ("@response", response), ("@key", key));

    /// <summary>Forgets a turn that failed, so that Teams' redelivery of it is answered.</summary>
    public Task AbandonAsync(string key, CancellationToken cancellationToken) =>
        WriteAsync("DELETE FROM turn_ledger WHERE activity_key = @key AND done_at IS NULL", cancellationToken, ("@key", key));

    /// <summary>Forgets turns begun before <paramref name="before"/>: Teams redelivers within minutes, not days.</summary>
    public Task<int> ForgetAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(database, "DELETE FROM turn_ledger WHERE started_at < @before", cancellationToken, ("@before", Sql.Millis(before)));

    public void Dispose() => _sqliteWrites.Dispose();

    private async Task<int> WriteAsync(string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        if (database.Dialect != SqlDialect.Sqlite)
        {
            return await Sql.ExecuteAsync(database, text, cancellationToken, parameters).ConfigureAwait(false);
        }

        await _sqliteWrites.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Sql.ExecuteAsync(database, text, cancellationToken, parameters).ConfigureAwait(false);
        }
        finally
        {
            _sqliteWrites.Release();
        }
    }
}

using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.PostCheck;

namespace PolicyBot.Dialogs.Infrastructure.Retention;

/// <summary>
/// Deletes what is past its retention period (<see cref="RetentionSettings"/>), every Interval on every instance
/// (two instances deleting the same rows is harmless), in batches so no table is locked for long.
/// </summary>
public sealed class RetentionService(IDatabase database, IOptions<RetentionSettings> settings, IOptions<PostCheckSettings> checks, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    internal const int Batch = 2000;

    // Finished: nobody works it any more. Unassigned and Assigned tickets are never deleted, however old.
    private const string Finished = "status IN ('Closed', 'Answered', 'HandedOff')";

    /// <summary>Deletes everything past its period now; returns what it deleted.</summary>
    public async Task<RetentionReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var now = time.GetUtcNow();
        var questions = await ExpireAsync("asked_questions", "at", now - options.Questions, cancellationToken).ConfigureAwait(false);
        var feedback = await ExpireAsync("feedback", "at", now - options.Feedback, cancellationToken).ConfigureAwait(false);
        var escalations = options.ClosedEscalations is { } closed ? await DeleteEscalationsAsync(now - closed, cancellationToken).ConfigureAwait(false) : 0;
        var messages = await ExpireAsync("outbox", "delivered_at", now - options.DeliveredMessages, cancellationToken).ConfigureAwait(false)
            + await ExpireAsync("outbox", "failed_at", now - options.ClosedEscalations, cancellationToken, "escalation_id IS NULL").ConfigureAwait(false);
        var (shares, acknowledgements) = options.Acknowledgements is { } read ? await DeleteSharesAsync(now - read, cancellationToken).ConfigureAwait(false) : (0, 0);
        var postChecks = await ExpireAsync("post_checks", "updated_at", now - checks.Value.Expiry, cancellationToken).ConfigureAwait(false);

        // What only makes delivery once work: turns Teams may redeliver (minutes), requests within their window, pauses.
        var housekeeping = await Sql.ExecuteAsync(database, "DELETE FROM turn_ledger WHERE started_at < @before", cancellationToken, ("@before", Sql.Millis(now.AddDays(-2)))).ConfigureAwait(false)
            + await Sql.ExecuteAsync(database, "DELETE FROM escalation_requests WHERE expires_at < @now", cancellationToken, ("@now", Sql.Millis(now))).ConfigureAwait(false)
            + await Sql.ExecuteAsync(database, "DELETE FROM delivery_pauses WHERE until_at < @now", cancellationToken, ("@now", Sql.Millis(now))).ConfigureAwait(false);
        var report = new RetentionReport(questions, feedback, escalations, messages, shares, acknowledgements, postChecks, housekeeping);
        Log.RetentionApplied(logger, report.Questions, report.Feedback, report.Escalations, report.DeliveredMessages, report.Shares, report.Acknowledgements, report.PostChecks);
        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.Interval, time);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (DbException failure)
                {
                    Log.RetentionFailed(logger, failure);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // Rows whose time column is before the cutoff, a batch at a time; nothing when the period is kept for good.
    private async Task<int> ExpireAsync(string table, string column, DateTimeOffset? before, CancellationToken cancellationToken, string also = "1 = 1")
    {
        if (before is not { } cutoff)
        {
            return 0;
        }

        var total = 0;
        int deleted;
        do
        {
            deleted = await Sql.ExecuteAsync(
                database,
                $"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} WHERE {column} < @before AND {also} LIMIT {Batch})",
                cancellationToken,
                ("@before", Sql.Millis(cutoff))).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted >= Batch);
        return total;
    }

    // A finished escalation goes with its history, its messages and its duplicate-request key, in one transaction.
    private async Task<int> DeleteEscalationsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // Locked (PostgreSQL), so a ticket reopened at this moment is skipped rather than half deleted.
                    var ids = await Sql.QueryAsync(connection, transaction, $"SELECT id FROM escalations WHERE {Finished} AND updated_at < @before ORDER BY id LIMIT 200 {database.Dialect.SkipLocked}", reader => Sql.Long(reader, 0), cancellationToken, ("@before", Sql.Millis(before))).ConfigureAwait(false);
                    if (ids.Count == 0)
                    {
                        return total;
                    }

                    var list = string.Join(", ", ids);
                    foreach (var statement in new[] { $"DELETE FROM escalation_events WHERE escalation_id IN ({list})", $"DELETE FROM outbox WHERE escalation_id IN ({list})", $"DELETE FROM escalation_requests WHERE escalation_id IN ({list})", $"DELETE FROM escalations WHERE id IN ({list})" })
                    {
                        await Sql.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    total += ids.Count;
                }
            }
        }
    }

    private async Task<(int Shares, int Acknowledgements)> DeleteSharesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var at = ("@before", (object?)Sql.Millis(before));
        var acknowledgements = await Sql.ExecuteAsync(database, "DELETE FROM acknowledgement_records WHERE share_id IN (SELECT id FROM shares WHERE shared_at < @before)", cancellationToken, at).ConfigureAwait(false);
        var shares = await Sql.ExecuteAsync(database, "DELETE FROM shares WHERE shared_at < @before AND NOT EXISTS (SELECT 1 FROM acknowledgement_records a WHERE a.share_id = shares.id)", cancellationToken, at).ConfigureAwait(false);
        return (shares, acknowledgements);
    }
}

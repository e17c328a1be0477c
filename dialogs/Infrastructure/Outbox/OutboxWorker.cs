using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// Delivers the outbox in the background, one lane per handler (Teams, mail) so that neither waits for the other:
/// each lane claims as many due messages as it may send at once, keeps each lease while the delivery runs, and
/// records the outcome. A stop claims nothing more, lets deliveries under way finish (Teams may already have them)
/// for up to <see cref="OutboxSettings.StopGrace"/>, then cuts off the rest and releases them for the next start.
/// </summary>
public sealed class OutboxWorker : BackgroundService
{
    private readonly OutboxStore _store;
    private readonly IReadOnlyList<IOutboxHandler> _lanes;
    private readonly IOptions<OutboxSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxWorker> _logger;
    private readonly OutboxOutcomes _outcomes;
    private readonly CancellationTokenSource _abort = new();

    public OutboxWorker(OutboxStore store, IEnumerable<IOutboxHandler> handlers, IOptions<OutboxSettings> settings, TimeProvider time, ILogger<OutboxWorker> logger, IEnumerable<IUndeliverable>? undeliverable = null)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _store = store;
        _lanes = handlers.ToList();
        _settings = settings;
        _time = time;
        _logger = logger;
        _outcomes = new OutboxOutcomes(store, undeliverable?.FirstOrDefault(), time, logger);
    }

    /// <summary>Who holds this worker's leases: unique per process, so a lease is renewed only by its holder.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>One round in every lane: claims what is due now (up to the concurrency) and delivers it; returns how many were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var delivering = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _abort.Token);
        var counts = await Task.WhenAll(_lanes.Select(lane => RunLaneOnceAsync(lane, delivering.Token))).ConfigureAwait(false);
        return counts.Sum();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var graceEnds = new CancellationTokenSource(_settings.Value.StopGrace, _time);
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, graceEnds.Token);
        await base.StopAsync(grace.Token).ConfigureAwait(false);
        if (ExecuteTask is { IsCompleted: false } running)
        {
            // Past the grace: cut off what is left; each is released at once, marked interrupted, for the next start.
            await _abort.CancelAsync().ConfigureAwait(false);
            await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _abort.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_settings.Value.Enabled)
        {
            return;
        }

        if (_store.SingleInstance)
        {
            await ReleaseOrphansAsync(stoppingToken).ConfigureAwait(false);
        }

        await Task.WhenAll(_lanes.Select(lane => LoopAsync(lane, stoppingToken))).ConfigureAwait(false);
    }

    // A SQLite file has one instance: leases held at start-up were this instance's before it was killed.
    private async Task ReleaseOrphansAsync(CancellationToken cancellationToken)
    {
        try
        {
            var released = await _store.ReleaseAllAsync(cancellationToken).ConfigureAwait(false);
            if (released > 0)
            {
                Log.OutboxOrphansReleased(_logger, released);
            }
        }
        catch (DbException failure)
        {
            Log.OutboxPollFailed(_logger, failure);
        }
    }

    private async Task LoopAsync(IOutboxHandler lane, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempted = 0;
            try
            {
                attempted = await RunLaneOnceAsync(lane, _abort.Token).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database is down or busy: keep the lane alive and look again later.
                Log.OutboxPollFailed(_logger, failure);
            }

            if (attempted > 0)
            {
                continue;
            }

            try
            {
                await Task.Delay(_settings.Value.PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<int> RunLaneOnceAsync(IOutboxHandler lane, CancellationToken delivering)
    {
        var options = _settings.Value;

        // Claimed without a token: a claim cancelled after PostgreSQL committed it would strand its messages for a lease.
        var batch = await _store.ClaimDueAsync(new OutboxClaim(_time.GetUtcNow(), options.Lease, options.Concurrency, Owner, lane.Kinds), CancellationToken.None).ConfigureAwait(false);
        await Task.WhenAll(batch.Select(message => DeliverLeasedAsync(lane, message, options, delivering))).ConfigureAwait(false);
        return batch.Count;
    }

    private async Task DeliverLeasedAsync(IOutboxHandler handler, OutboxMessage message, OutboxSettings options, CancellationToken delivering)
    {
        DeliveryOutcome outcome;
        using (var finished = new CancellationTokenSource())
        {
            var keeping = KeepLeaseAsync(message.Id, options.Lease, finished.Token);
            try
            {
                outcome = await AttemptAsync(handler, message, delivering).ConfigureAwait(false);
            }
            finally
            {
                // The renewals stop before the outcome is written, so none can lease the message again after it.
                await finished.CancelAsync().ConfigureAwait(false);
                await keeping.ConfigureAwait(false);
            }
        }

        try
        {
            await Persist.WithRetriesAsync(token => _outcomes.RecordAsync(message, outcome, options, token), _time, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DbException or TimeoutException or IOException)
        {
            // Not recorded: the lease runs out and the message goes again, marked interrupted.
            Log.OutboxOutcomeLost(_logger, message.Id, failure);
        }
    }

    private static async Task<DeliveryOutcome> AttemptAsync(IOutboxHandler handler, OutboxMessage message, CancellationToken delivering)
    {
        try
        {
            await handler.DeliverAsync(message, delivering).ConfigureAwait(false);
            return DeliveryOutcome.Delivered;
        }
        catch (OperationCanceledException) when (delivering.IsCancellationRequested)
        {
            return DeliveryOutcome.Interrupted;
        }
        catch (OutboxDeliveryException paused) when (paused.PausedUntil is { } until)
        {
            return new DeliveryOutcome(DeliveryResult.Paused, PausedUntil: until);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !delivering.IsCancellationRequested)
        {
            return new DeliveryOutcome(DeliveryResult.Failed, failure);
        }
    }

    private async Task KeepLeaseAsync(long messageId, TimeSpan lease, CancellationToken finished)
    {
        // A timer started with the delivery, not a delay after each renewal: a slow renewal does not push the next
        // one later, and a tick is not missed while a renewal is still being written.
        using var renewals = new PeriodicTimer(lease / 3, _time);
        try
        {
            while (await renewals.WaitForNextTickAsync(finished).ConfigureAwait(false))
            {
                try
                {
                    if (!await _store.RenewAsync(messageId, Owner, _time.GetUtcNow() + lease, finished).ConfigureAwait(false))
                    {
                        Log.OutboxLeaseLost(_logger, messageId);
                        return;
                    }
                }
                catch (DbException failure)
                {
                    // The lease still has two thirds to run: try again at the next renewal.
                    Log.OutboxLeaseNotRenewed(_logger, messageId, failure);
                }
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
        }
    }
}

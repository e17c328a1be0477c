using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>Delivers the outbox in the background: claims due messages, hands each to its handler, retries failures.</summary>
public sealed class OutboxWorker(OutboxStore store, IEnumerable<IOutboxHandler> handlers, IOptions<OutboxSettings> settings, TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.SelectMany(h => h.Kinds.Select(kind => (kind, h))).ToDictionary(pair => pair.kind, pair => pair.h, StringComparer.Ordinal);

    /// <summary>Delivers every message due now, once; returns how many were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var batch = await store.ClaimDueAsync(time.GetUtcNow(), options.Lease, options.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var message in batch)
        {
            await DeliverAsync(message, options, cancellationToken).ConfigureAwait(false);
        }

        return batch.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    continue;
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database is down or busy: keep the worker alive and look again later.
                Log.OutboxPollFailed(logger, failure);
            }

            try
            {
                await Task.Delay(settings.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task DeliverAsync(OutboxMessage message, OutboxSettings options, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(message.Kind, out var handler))
        {
            await store.FailAsync(message.Id, time.GetUtcNow(), $"No handler for '{message.Kind}'.", cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await handler.DeliverAsync(message, cancellationToken).ConfigureAwait(false);
            await store.CompleteAsync(message.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            Log.OutboxDelivered(logger, message.Id, message.Kind, message.Attempts);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var delivery = failure as OutboxDeliveryException;
            var retryable = delivery?.Retryable ?? true;
            var reason = $"{failure.GetType().Name}: {failure.Message}";
            if (!retryable || message.Attempts >= options.MaxAttempts)
            {
                await store.FailAsync(message.Id, time.GetUtcNow(), reason, cancellationToken).ConfigureAwait(false);
                Log.OutboxFailed(logger, message.Id, message.Kind, message.Attempts, failure);
                return;
            }

            var delay = RetryDelay.Next(message.Attempts, delivery?.RetryAfter, options, Random.Shared.NextDouble());
            await store.RetryLaterAsync(message.Id, time.GetUtcNow() + delay, reason, cancellationToken).ConfigureAwait(false);
            Log.OutboxRetrying(logger, message.Id, message.Kind, message.Attempts, delay.TotalSeconds, failure.GetType().Name);
        }
    }
}

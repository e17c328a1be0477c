using Microsoft.Extensions.Logging;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>Writes how an attempt ended: delivered, put back (paused or cut off), retried later, or given up.</summary>
internal sealed class OutboxOutcomes(OutboxStore store, IUndeliverable? undeliverable, TimeProvider time, ILogger logger)
{
    public async Task RecordAsync(OutboxMessage message, DeliveryOutcome outcome, OutboxSettings options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        switch (outcome.Result)
        {
            case DeliveryResult.Delivered:
                await store.CompleteAsync(message.Id, now, cancellationToken).ConfigureAwait(false);
                Log.OutboxDelivered(logger, message.Id, message.Kind, message.Attempts);
                return;
            case DeliveryResult.Paused:
                await store.DeferAsync(message.Id, outcome.PausedUntil!.Value, cancellationToken).ConfigureAwait(false);
                Log.OutboxPaused(logger, message.Id, message.Kind, (outcome.PausedUntil.Value - now).TotalSeconds);
                return;
            case DeliveryResult.Interrupted:
                await store.ReleaseAsync(message.Id, now, cancellationToken).ConfigureAwait(false);
                Log.OutboxInterrupted(logger, message.Id, message.Kind);
                return;
        }

        var failure = outcome.Failure!;
        var delivery = failure as OutboxDeliveryException;
        var reason = $"{failure.GetType().Name}: {failure.Message}";

        // A long outage is retried for GiveUpAfter, not just MaxAttempts: backoff alone reaches the cap in about an hour.
        var exhausted = message.Attempts >= options.MaxAttempts && now - message.CreatedAt >= options.GiveUpAfter;
        if (!(delivery?.Retryable ?? true) || exhausted)
        {
            if (message.EscalationId is not null && undeliverable is not null)
            {
                await undeliverable.GiveUpAsync(message, reason, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await store.FailAsync(message.Id, now, reason, cancellationToken).ConfigureAwait(false);
            }

            Log.OutboxFailed(logger, message.Id, message.Kind, message.Attempts, failure);
            return;
        }

        var delay = RetryDelay.Next(message.Attempts, delivery?.RetryAfter, options, Random.Shared.NextDouble());
        await store.RetryLaterAsync(message.Id, now + delay, reason, cancellationToken).ConfigureAwait(false);
        Log.OutboxRetrying(logger, message.Id, message.Kind, message.Attempts, delay.TotalSeconds, failure.GetType().Name);
    }
}

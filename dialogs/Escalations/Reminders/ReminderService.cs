using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Escalations.Reminders;

/// <summary>Reminds a queue channel, once, of tickets left unassigned past the configured working hours.</summary>
public sealed class ReminderService(IEscalationStore store, IOptions<EscalationSettings> settings, TimeProvider time, ILogger<ReminderService> logger) : BackgroundService
{
    /// <summary>Sends the reminders due now; returns how many.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var limit = TimeSpan.FromHours(options.ReminderAfterWorkingHours);
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var e in await store.ListAsync(EscalationStatus.Unassigned, cancellationToken).ConfigureAwait(false))
        {
            if (e.RemindedAt is not null || EscalationQueues.QueueOf(e.Destination) is not { } queue || WorkingHours.Between(e.CreatedAt, now, zone) < limit)
            {
                continue;
            }

            var text = string.Create(CultureInfo.InvariantCulture, $"Reminder: {e.Reference} has waited more than {options.ReminderAfterWorkingHours:0.#} working hours without anyone assigned.");
            var effects = new List<OutboxDraft> { TeamsPayload.Ticket(e.Id, text), TeamsPayload.Send(EscalationQueues.ReferenceKey(queue), text, null) };

            // The version check makes two instances reminding at once send one reminder.
            if (await store.UpdateAsync(e with { RemindedAt = now }, new EscalationEvent(e.Id, now, "PolicyBot", "reminded", null), effects, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.ReminderCheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await RemindAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    Log.RemindersFailed(logger, failure);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down, even when the host is disposed without being stopped first: not a failure.
        }
    }
}

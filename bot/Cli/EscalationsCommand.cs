using System.Globalization;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Bot.Cli;

/// <summary>`escalations list [--status S]`, `escalations show ID|PB-NNNN` and `escalations retry ID|PB-NNNN`: the queue as operators see it.</summary>
internal static class EscalationsCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        await using var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddPolicyDialogs(configuration).BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        var store = services.GetRequiredService<IEscalationStore>();
        var deliveries = services.GetRequiredService<EscalationDeliveries>();
        switch (args.FirstOrDefault())
        {
            case "list":
                EscalationStatus? status = null;
                if (args.Length == 3 && args[1] == "--status")
                {
                    if (!Enum.TryParse<EscalationStatus>(args[2], ignoreCase: true, out var parsed))
                    {
                        await error.WriteLineAsync($"Unknown status '{args[2]}'. Use one of: {string.Join(", ", Enum.GetNames<EscalationStatus>())}.").ConfigureAwait(false);
                        return 2;
                    }

                    status = parsed;
                }

                var undelivered = (await deliveries.FailedAsync(CancellationToken.None).ConfigureAwait(false)).Select(m => m.EscalationId).ToHashSet();
                foreach (var e in await store.ListAsync(status, CancellationToken.None).ConfigureAwait(false))
                {
                    var flag = undelivered.Contains(e.Id) ? " [undelivered]" : string.Empty;
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{e.Reference,-8} {e.Status,-10} {e.Route,-22} {e.Destination,-24} {e.CreatedAt:yyyy-MM-dd HH:mm}Z  {Shorten(e.Question)}{flag}")).ConfigureAwait(false);
                }

                return 0;
            case "show" when args.Length == 2 && TryParseId(args[1], out var id):
                var escalation = await store.GetAsync(id, CancellationToken.None).ConfigureAwait(false);
                if (escalation is null)
                {
                    await error.WriteLineAsync($"No escalation {args[1]}.").ConfigureAwait(false);
                    return 1;
                }

                await output.WriteLineAsync(Describe(escalation)).ConfigureAwait(false);
                foreach (var happened in await store.HistoryAsync(id, CancellationToken.None).ConfigureAwait(false))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {happened.At:yyyy-MM-dd HH:mm:ss}Z  {happened.Kind,-8} by {happened.Actor}{(happened.Detail is null ? string.Empty : " (" + happened.Detail + ")")}")).ConfigureAwait(false);
                }

                await output.WriteLineAsync("Deliveries:").ConfigureAwait(false);
                foreach (var m in await deliveries.OfAsync(id, CancellationToken.None).ConfigureAwait(false))
                {
                    await output.WriteLineAsync(Delivery(m)).ConfigureAwait(false);
                }

                return 0;
            case "retry" when args.Length == 2 && TryParseId(args[1], out var retryId):
                if (await store.GetAsync(retryId, CancellationToken.None).ConfigureAwait(false) is not { } failed)
                {
                    await error.WriteLineAsync($"No escalation {args[1]}.").ConfigureAwait(false);
                    return 1;
                }

                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var retried = await deliveries.RetryAsync(retryId, "an operator (escalations retry)", now, CancellationToken.None).ConfigureAwait(false);
                await (retried == 0 ? error : output).WriteLineAsync(retried == 0
                    ? $"{failed.Reference} has no failed deliveries."
                    : $"{failed.Reference}: {retried} failed {(retried == 1 ? "delivery goes" : "deliveries go")} out again; the running bot sends {(retried == 1 ? "it" : "them")} within seconds.").ConfigureAwait(false);
                return retried == 0 ? 1 : 0;
            default:
                await error.WriteLineAsync("Usage: escalations list [--status Unassigned|Assigned|Answered|Closed|HandedOff] | escalations show ID | escalations retry ID").ConfigureAwait(false);
                return 2;
        }
    }

    private static bool TryParseId(string text, out long id)
    {
        // Operators quote the ticket reference (PB-1001); the database id is 1000 less.
        if (text.StartsWith("PB-", StringComparison.OrdinalIgnoreCase) && long.TryParse(text[3..], CultureInfo.InvariantCulture, out var reference))
        {
            id = reference - 1000;
            return id > 0;
        }

        return long.TryParse(text, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    private static string Describe(Escalation e) => string.Create(CultureInfo.InvariantCulture, $"""
        {e.Reference} (id {e.Id})
          Status:      {e.Status}
          Route:       {e.Route} -> {e.Destination}
          Requester:   {e.RequesterShown}
          Assigned to: {e.Assignee ?? "-"}
          Created:     {e.CreatedAt:yyyy-MM-dd HH:mm:ss}Z   Updated: {e.UpdatedAt:yyyy-MM-dd HH:mm:ss}Z
          Question:    {e.Question.Replace("\n", "\n               ", StringComparison.Ordinal)}
          Answer:      {e.Answer ?? "-"}
        History:
        """);

    private static string Delivery(OutboxState m) =>
        string.Create(CultureInfo.InvariantCulture, $"  {EscalationDeliveries.What(m.Kind),-14} ") + (m.DeliveredAt is { } delivered
            ? string.Create(CultureInfo.InvariantCulture, $"delivered {delivered:yyyy-MM-dd HH:mm:ss}Z after {m.Attempts} attempt(s)")
            : m.FailedAt is { } failed
                ? string.Create(CultureInfo.InvariantCulture, $"FAILED {failed:yyyy-MM-dd HH:mm:ss}Z after {m.Attempts} attempt(s): {m.LastError} (escalations retry to send again)")
                : string.Create(CultureInfo.InvariantCulture, $"waiting, next try {m.DueAt:yyyy-MM-dd HH:mm:ss}Z, {m.Attempts} attempt(s) so far{(m.LastError is null ? string.Empty : ": " + m.LastError)}"));

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..57] + "...";
    }
}

using System.Globalization;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Bot.Cli;

/// <summary>`escalations list [--status S]` and `escalations show ID|PB-NNNN`: the queue as operators see it.</summary>
internal static class EscalationsCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        await using var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddPolicyDialogs(configuration).BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        var store = services.GetRequiredService<IEscalationStore>();
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

                foreach (var e in await store.ListAsync(status, CancellationToken.None).ConfigureAwait(false))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{e.Reference,-8} {e.Status,-10} {e.Route,-22} {e.Destination,-24} {e.CreatedAt:yyyy-MM-dd HH:mm}Z  {Shorten(e.Question)}")).ConfigureAwait(false);
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

                return 0;
            default:
                await error.WriteLineAsync("Usage: escalations list [--status Unassigned|Assigned|Answered|Closed|HandedOff] | escalations show ID").ConfigureAwait(false);
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

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..57] + "...";
    }
}

using Microsoft.Extensions.Options;
using PolicyBot.Bot.Hosting;

namespace PolicyBot.Bot.Cli;

/// <summary>Entry point: runs the bot, or one of its commands on the same code path.</summary>
internal static class CommandLine
{
    private const string Usage = """
        PolicyBot

          dotnet run --project bot                      run the bot on http://localhost:3978 (--urls to change)
          dotnet run --project bot -- ask "question"    answer a question and show the citations
          dotnet run --project bot -- ask --json "q"    the same as one JSON object
          dotnet run --project bot -- ask               read questions from standard input, one JSON line each
          dotnet run --project bot -- check "draft"     can I post this? a verdict with reasons from the policy
          dotnet run --project bot -- check --json "d"  the same as one JSON object; with no draft, one per input line
          dotnet run --project bot -- eval FILE.jsonl   citation accuracy and abstention over a question set
                                        [--misses]      list the questions it got wrong
                                        [--citations]   list answers with a supporting citation that is not right
                                        [--routes]      list out-of-scope questions handed off naming a policy
                                        [--calibrate]   fit the confidence model to the set
                                        [--library DIR] answer from the documents in DIR instead
                                        [--with-shipped] with DIR, keep the shipped policies beside it
          dotnet run --project bot -- manifest          build the Teams app package manifest/build/PolicyBot.zip
                                        [--out FILE]    write it somewhere else
                                        [--icons DIR]   also write color.png and outline.png to DIR
          dotnet run --project bot -- escalations list [--status S]   the escalation queue (S: Unassigned, Assigned, ...)
          dotnet run --project bot -- escalations show ID|PB-NNNN     one escalation with its history and deliveries
          dotnet run --project bot -- escalations retry ID|PB-NNNN    send its failed deliveries (ticket card, email, notices) again
          dotnet run --project bot -- questions [--days N]            what staff asked in the last N days (30), what was handed off
          dotnet run --project bot -- help                            this text (also --help, -h)
        """;

    private static readonly HashSet<string> HelpOptions = new(StringComparer.OrdinalIgnoreCase) { "-h", "--help", "-?", "/?", "/h", "/help" };

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await DispatchAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
        }
        catch (Exception e) when (ConfigurationFailures(e) is { Count: > 0 } failures)
        {
            // A mistyped setting: say which key and why, not a stack trace.
            await Console.Error.WriteLineAsync($"PolicyBot cannot start; fix the configuration:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", failures)}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The messages of options that failed validation (the host throws one, or several together); empty for any other error.</summary>
    public static IReadOnlyList<string> ConfigurationFailures(Exception exception) => exception switch
    {
        OptionsValidationException invalid => invalid.Failures.ToList(),
        AggregateException all when all.InnerExceptions.All(inner => inner is OptionsValidationException) => all.InnerExceptions.SelectMany(inner => ((OptionsValidationException)inner).Failures).ToList(),
        _ => [],
    };

    /// <summary>Runs the command <paramref name="args"/> name; with none (or only options such as --urls), the bot.</summary>
    public static async Task<int> DispatchAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Options go to the host as configuration (--urls); asking for help must not start the server instead.
        var command = args.Length > 0 && HelpOptions.Contains(args[0]) ? "help"
            : args.Length > 0 && !args[0].StartsWith('-') ? args[0]
            : null;
        var rest = args.Length > 0 ? args[1..] : [];
        switch (command)
        {
            case null:
                await BotHost.Build(args).RunAsync().ConfigureAwait(false);
                return 0;
            case "ask":
                return await AskCommand.RunAsync(rest, Console.In, output).ConfigureAwait(false);
            case "check":
                return await CheckCommand.RunAsync(rest, Console.In, output, error).ConfigureAwait(false);
            case "eval":
                return await EvalCommand.RunAsync(rest, output).ConfigureAwait(false);
            case "manifest":
                return await ManifestCommand.RunAsync(rest, BotHost.ReadConfiguration([]), output, error).ConfigureAwait(false);
            case "escalations":
                return await EscalationsCommand.RunAsync(rest, BotHost.ReadConfiguration([]), output, error).ConfigureAwait(false);
            case "questions":
                return await QuestionsCommand.RunAsync(rest, BotHost.ReadConfiguration([]), output, error).ConfigureAwait(false);
            case "help":
                await output.WriteLineAsync(Usage).ConfigureAwait(false);
                return 0;
            default:
                await error.WriteLineAsync($"Unknown command '{command}'.{Environment.NewLine}{Usage}").ConfigureAwait(false);
                return 2;
        }
    }
}

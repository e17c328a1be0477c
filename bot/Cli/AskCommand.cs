using System.Text.Json;

namespace PolicyBot.Bot.Cli;

/// <summary>`ask`: answers questions from the command line exactly as the bot answers them in Teams.</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var json = args.Contains("--json");
        var question = string.Join(' ', args.Where(arg => arg != "--json")).Trim();
        var (services, knowledge) = await CliServices.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await using (services.ConfigureAwait(false))
        {
            if (question.Length > 0)
            {
                var answer = knowledge.Ask(question);
                await output.WriteLineAsync(json ? JsonSerializer.Serialize(AnswerJson.From(answer), AnswerJson.Options) : answer.ToPlainText()).ConfigureAwait(false);
                return 0;
            }

            // One question a line in, one JSON line out: easy to pipe through jq or into an eval.
            while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.Trim().Length > 0)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(AnswerJson.From(knowledge.Ask(line)), AnswerJson.Options)).ConfigureAwait(false);
                }
            }

            return 0;
        }
    }
}

using System.Text.Json;
using PolicyBot.Dialogs.Answers;

namespace PolicyBot.Bot.Cli;

/// <summary>`ask`: answers questions from the command line exactly as the bot answers them in Teams.</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var json = args.Contains("--json");
        var question = string.Join(' ', args.Where(arg => arg != "--json")).Trim();
        var (services, _) = await CliServices.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await using (services.ConfigureAwait(false))
        {
            var answers = services.GetRequiredService<PolicyAnswers>();
            if (question.Length > 0)
            {
                var result = await answers.AnswerAsync(question, null, CancellationToken.None).ConfigureAwait(false);
                await output.WriteLineAsync(json ? JsonSerializer.Serialize(AnswerJson.From(result), AnswerJson.Options) : PlainText(result)).ConfigureAwait(false);
                return 0;
            }

            // One question a line in, one JSON line out: easy to pipe through jq or into an eval.
            while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.Trim().Length > 0)
                {
                    var result = await answers.AnswerAsync(line, null, CancellationToken.None).ConfigureAwait(false);
                    await output.WriteLineAsync(JsonSerializer.Serialize(AnswerJson.From(result), AnswerJson.Options)).ConfigureAwait(false);
                }
            }

            return 0;
        }
    }

    private static string PlainText(AnswerResult result) =>
        string.Join(Environment.NewLine + Environment.NewLine, new[] { result.Answer.ToPlainText(), result.Approved?.ToPlainText(), result.VersionNote, result.Note }.OfType<string>());
}

using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Bot.Cli;

/// <summary>`eval FILE.jsonl`: citation accuracy and abstention over a question set.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var file = args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal) && arg != EvalLibrary.Folder(args));
        if (file is null || !File.Exists(file))
        {
            await Console.Error.WriteLineAsync(file is null ? "eval needs a question file: eval FILE.jsonl" : $"No such file: {file}").ConfigureAwait(false);
            return 2;
        }

        var cases = Evaluator.ReadCases(file);
        var (services, shipped) = await CliServices.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await using (services.ConfigureAwait(false))
        {
            var knowledge = EvalLibrary.For(args, shipped, TimeProvider.System);
            if (args.Contains("--calibrate"))
            {
                var model = Calibrator.Fit(knowledge, cases);
                await output.WriteLineAsync($"fitted confidence model: bias {model.Bias}, coverage {model.CoverageWeight}, score {model.ScoreWeight}, corpus coverage {model.CorpusCoverageWeight}, matched {model.MatchedWeight}, topic {model.TopicWeight}, not covered {model.NotCoveredWeight}").ConfigureAwait(false);
            }

            var report = Evaluator.Run(knowledge, cases);
            await output.WriteLineAsync(report.Summary()).ConfigureAwait(false);
            if (args.Contains("--misses"))
            {
                foreach (var miss in report.Misses)
                {
                    await output.WriteLineAsync($"- {miss.Question}{Environment.NewLine}    expected {miss.Expected}{Environment.NewLine}    got      {miss.Got} ({miss.Confidence:F2})").ConfigureAwait(false);
                }
            }

            return 0;
        }
    }
}

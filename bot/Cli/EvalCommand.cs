using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Bot.Cli;

/// <summary>`eval FILE.jsonl [FILE.jsonl ...]`: citation accuracy and abstention over question sets, one report each.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var files = args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !EvalLibrary.ValueOptions.Contains(args[i - 1]))).ToList();
        var missing = files.FirstOrDefault(file => !File.Exists(file));
        if (files.Count == 0 || missing is not null)
        {
            await Console.Error.WriteLineAsync(files.Count == 0 ? "eval needs a question file: eval FILE.jsonl" : $"No such file: {missing}").ConfigureAwait(false);
            return 2;
        }

        var sets = files.Select(file => (File: file, Cases: Evaluator.ReadCases(file))).ToList();
        var (services, shipped) = await CliServices.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await using (services.ConfigureAwait(false))
        {
            var knowledge = EvalLibrary.For(args, shipped, TimeProvider.System);
            if (EvalLibrary.Option(args, "--features") is { } dump)
            {
                FeatureDump.Write(knowledge, sets.SelectMany(set => set.Cases.Select(c => (Path.GetFileName(set.File), c))), dump);
            }

            if (args.Contains("--calibrate"))
            {
                // Fitted on every set given, pooled; the reports below use the fitted models.
                var (ranking, confidence) = Calibrator.Fit(knowledge, sets.Select(set => set.Cases).ToList());
                await output.WriteLineAsync($"fitted ranking: {ranking.Describe()}{Environment.NewLine}fitted confidence: {confidence.Describe()}").ConfigureAwait(false);
                knowledge = EvalLibrary.With(knowledge, ranking, confidence, args, TimeProvider.System);
            }

            foreach (var (file, cases) in sets)
            {
                var report = Evaluator.Run(knowledge, cases);
                await output.WriteLineAsync($"{(sets.Count > 1 ? Path.GetFileName(file) + Environment.NewLine : string.Empty)}{report.Summary()}").ConfigureAwait(false);
                if (args.Contains("--misses"))
                {
                    foreach (var miss in report.Misses)
                    {
                        await output.WriteLineAsync($"- {miss.Question}{Environment.NewLine}    expected {miss.Expected}{Environment.NewLine}    got      {miss.Got} ({miss.Confidence:F2})").ConfigureAwait(false);
                    }
                }
            }

            return 0;
        }
    }
}

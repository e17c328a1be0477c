using System.Globalization;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Bot.Cli;

/// <summary>
/// `eval FILE.jsonl [FILE.jsonl ...]`: citation accuracy and abstention over question sets, one report each.
/// `--calibrate` fits the models on the sets first; `--folds K` reports each library set by K-fold
/// cross-validation instead, `--folds libraries` by leaving one library out; `--dump FILE` writes each case's answer,
/// citations and expected sections' text as JSON lines; `--score A,B` names sets reported
/// with the fit but never fitted on; `--off N,M` leaves features out of the fits; `--fit` sets the recipe; `--misses`
/// lists the questions missed, `--citations` the answers showing a supporting citation that is not right, `--routes`
/// the out-of-scope questions handed off naming a policy.
/// </summary>
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

        // Features numbered in --off are left out of every fit.
        if (EvalLibrary.FeaturesOff(args) is not { } off)
        {
            await Console.Error.WriteLineAsync($"--off takes feature numbers 0 to {ConfidenceModel.FeatureNames.Count - 1}, comma-separated: {string.Join(", ", ConfidenceModel.FeatureNames.Select((name, i) => $"{i} {name}"))}").ConfigureAwait(false);
            return 2;
        }

        if (FitRecipe.Parse(EvalLibrary.Option(args, "--fit")) is not { } recipe)
        {
            await Console.Error.WriteLineAsync($"--fit takes name=value pairs, comma-separated, of library-share (0 to 1), ranking-l2 and confidence-l2: {FitRecipe.Default}").ConfigureAwait(false);
            return 2;
        }

        var sets = files.Select(file => (File: file, Cases: Evaluator.ReadCases(file))).ToList();
        var (services, shipped) = await CliServices.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await using (services.ConfigureAwait(false))
        {
            var knowledge = EvalLibrary.For(args, shipped, TimeProvider.System);
            if (EvalLibrary.Option(args, "--features") is { } dump)
            {
                FeatureDump.Write(knowledge, Labelled(sets), dump);
            }

            if (EvalLibrary.Option(args, "--dump") is { } caseDump)
            {
                CaseDump.Write(knowledge, Labelled(sets), caseDump);
            }

            // Sets named by --score (comma-separated) are reported but never fitted on.
            var scoreOnly = (EvalLibrary.Option(args, "--score") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            var fitOn = sets.Where(set => !scoreOnly.Contains(Path.GetFullPath(set.File))).ToList();

            // Leaving libraries out, every set's candidates are searched once, for the folds and the fit on all.
            IReadOnlyList<IReadOnlyList<CalibrationQuestion>>? prepared = null;
            if (EvalLibrary.Option(args, "--folds") is "libraries")
            {
                var librarySets = fitOn.Select(set => (set.File, set.Cases)).ToList();
                prepared = LeaveOneLibraryOut.Prepare(knowledge, librarySets);
                var heldOut = LeaveOneLibraryOut.Run(knowledge, librarySets, prepared, off, recipe);
                await LibraryFoldsReport.WriteAsync(heldOut, LeaveOneLibraryOut.AsShipped(knowledge, librarySets), knowledge.Options.MinConfidence, args.Contains("--misses"), output).ConfigureAwait(false);
                sets = sets.Except(fitOn).ToList();
            }
            else if (EvalLibrary.Option(args, "--folds") is { } folds)
            {
                foreach (var (file, report) in CrossValidation.Run(knowledge, fitOn.Select(set => (set.File, set.Cases)).ToList(), int.Parse(folds, CultureInfo.InvariantCulture), off, recipe))
                {
                    await output.WriteLineAsync($"{Path.GetFileName(file)}, {folds}-fold cross-validation{Environment.NewLine}{report.Summary()}").ConfigureAwait(false);
                    await WriteMissesAsync(args, report, output).ConfigureAwait(false);
                }

                // The rest of the report is the fit on every fold, for the sets never fitted on.
                sets = sets.Except(fitOn).ToList();
            }

            if (args.Contains("--calibrate") || args.Contains("--folds"))
            {
                // Fitted on every set given but those scored only, pooled; the reports below use the fitted models.
                var (ranking, confidence) = prepared is null
                    ? Calibrator.Fit(knowledge, fitOn.Select(set => set.Cases).ToList(), off, recipe)
                    : Calibrator.Fit(prepared.SelectMany(set => set).ToList(), off, recipe, Calibrator.Tuned(knowledge));
                await output.WriteLineAsync(recipe.UntunedOnly
                    ? $"fitted untuned ranking: {ranking.Untuned.Describe()}{Environment.NewLine}fitted untuned confidence: {confidence.Untuned.Describe()}"
                    : $"fitted ranking: {ranking.Tuned.Describe()}{Environment.NewLine}fitted confidence: {confidence.Tuned.Describe()}").ConfigureAwait(false);
                knowledge = knowledge.WithModels(ranking, confidence);
            }

            foreach (var (file, cases) in sets)
            {
                var report = Evaluator.Run(knowledge, cases);
                await output.WriteLineAsync($"{(sets.Count > 1 ? Path.GetFileName(file) + Environment.NewLine : string.Empty)}{report.Summary()}").ConfigureAwait(false);
                await WriteMissesAsync(args, report, output).ConfigureAwait(false);
            }

            return 0;
        }
    }

    // Every case with the name of the set it came from, as the dumps label their lines.
    private static IEnumerable<(string Set, EvalCase Case)> Labelled(IEnumerable<(string File, IReadOnlyList<EvalCase> Cases)> sets) =>
        sets.SelectMany(set => set.Cases.Select(c => (Path.GetFileName(set.File), c)));

    private static async Task WriteMissesAsync(string[] args, EvalReport report, TextWriter output)
    {
        if (args.Contains("--misses"))
        {
            await WriteMissesAsync(report, output).ConfigureAwait(false);
        }

        // What a user reads beside a good answer: supporting citations that are not right sections.
        if (args.Contains("--citations"))
        {
            foreach (var miss in report.WrongSupporting)
            {
                await output.WriteLineAsync($"+ {miss.Question}{Environment.NewLine}    expected {miss.Expected}{Environment.NewLine}    cited    {miss.Got} ({miss.Confidence:F2})").ConfigureAwait(false);
            }
        }

        // Whose people a question no document answers is sent to, to judge whether the route makes sense.
        if (args.Contains("--routes"))
        {
            foreach (var (question, policy, confidence) in report.HandedOffNamingAPolicy)
            {
                await output.WriteLineAsync($"> {question}{Environment.NewLine}    handed to {policy} ({confidence:F2})").ConfigureAwait(false);
            }
        }
    }

    /// <summary>Each question a report got wrong, with what was expected and what it got.</summary>
    public static async Task WriteMissesAsync(EvalReport report, TextWriter output)
    {
        foreach (var miss in report.Misses)
        {
            await output.WriteLineAsync($"- {miss.Question}{Environment.NewLine}    expected {miss.Expected}{Environment.NewLine}    got      {miss.Got} ({miss.Confidence:F2})").ConfigureAwait(false);
        }
    }
}

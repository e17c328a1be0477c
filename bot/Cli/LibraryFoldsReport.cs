using System.Globalization;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Bot.Cli;

/// <summary>
/// Prints `eval --folds libraries`: each library held out, all of them pooled, and where the confidence
/// threshold would have to sit for the pooled libraries to refuse at most 5% of their answerable questions;
/// then the same for the shipped models, to compare at equal refusals.
/// </summary>
internal static class LibraryFoldsReport
{
    private const double MaxRefused = 0.05;

    /// <summary>The held-out libraries, then the same sets as the shipped models answer them, each with its operating points.</summary>
    public static async Task WriteAsync(IReadOnlyList<HeldOutLibrary> libraries, IReadOnlyList<HeldOutLibrary> shipped, double minConfidence, bool misses, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        await WriteAsync(libraries, "leave one library out", minConfidence, misses, output).ConfigureAwait(false);
        await WriteAsync(shipped, "shipped models (fitted on some of these libraries)", minConfidence, misses: false, output).ConfigureAwait(false);
    }

    private static async Task WriteAsync(IReadOnlyList<HeldOutLibrary> libraries, string how, double minConfidence, bool misses, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        ArgumentNullException.ThrowIfNull(output);
        var pooled = HeldOutLibrary.Pool("pooled", libraries);
        foreach (var library in libraries.Append(pooled))
        {
            await output.WriteLineAsync($"{Path.GetFileName(library.Set)}, {how}{Environment.NewLine}{library.Report.Summary()}").ConfigureAwait(false);
            if (misses && library != pooled)
            {
                await EvalCommand.WriteMissesAsync(library.Report, output).ConfigureAwait(false);
            }
        }

        var threshold = OperatingPoint.Threshold(pooled.NeverHandingOff, MaxRefused);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"operating point ({how}): MinConfidence {minConfidence} as configured; at most {MaxRefused:P0} of the pooled answerable questions refused up to MinConfidence {threshold:F3}")).ConfigureAwait(false);
        foreach (var at in new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, threshold }.Distinct().Order())
        {
            var line = string.Join("; ", libraries.Append(pooled).Select(library => Figures(Path.GetFileNameWithoutExtension(library.Set), EvalReport.Of(library.NeverHandingOff, at))));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  at {at:F3}: {line}")).ConfigureAwait(false);
        }
    }

    private static string Figures(string name, EvalReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} {report.Top1 * 100:F1} / {report.Top3 * 100:F1} / {report.InScopeAbstained * 100:F1} / {report.OutOfScopeHandedOff * 100:F1}");
}

using System.Globalization;
using System.Text;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>Citation accuracy and abstention rates over an evaluation set.</summary>
public sealed record EvalReport(
    int InScope,
    int OutOfScope,
    double Top1,
    double Top3,
    double InScopeAbstained,
    double OutOfScopeHandedOff,
    IReadOnlyList<EvalMiss> Misses)
{
    /// <summary>The same questions ranked without ever handing off, when the report was made with it (cross-validation).</summary>
    public EvalReport? Ranked { get; init; }

    /// <summary>
    /// The report of outcomes as they would be at <paramref name="minConfidence"/>: a case answered with less
    /// confidence counts as handed off. At 0 (or the threshold they were asked with) it is the report as asked.
    /// </summary>
    public static EvalReport Of(IReadOnlyList<EvalOutcome> outcomes, double minConfidence = 0)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var inScope = outcomes.Where(o => !o.Case.OutOfScope).ToList();
        var outOfScope = outcomes.Where(o => o.Case.OutOfScope).ToList();
        var misses = outcomes
            .Where(o => o.Case.OutOfScope ? o.AnsweredAt(minConfidence) : !(o.Top3 && o.AnsweredAt(minConfidence)))
            .Select(o => new EvalMiss(
                o.Case.Question,
                o.Case.OutOfScope ? "handoff" : o.Case.Expected(),
                o.Case.OutOfScope || o.AnsweredAt(minConfidence) ? o.Cited : "handoff",
                o.Confidence))
            .ToList();
        return new EvalReport(
            inScope.Count,
            outOfScope.Count,
            Ratio(inScope.Count(o => o.Top1 && o.AnsweredAt(minConfidence)), inScope.Count),
            Ratio(inScope.Count(o => o.Top3 && o.AnsweredAt(minConfidence)), inScope.Count),
            Ratio(inScope.Count(o => !o.AnsweredAt(minConfidence)), inScope.Count),
            Ratio(outOfScope.Count(o => !o.AnsweredAt(minConfidence)), outOfScope.Count),
            misses);
    }

    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"in-scope questions:      {InScope}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  top-1 citation:        {Top1:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  top-3 citation:        {Top3:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  answerable refused:    {InScopeAbstained:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"out-of-scope questions:  {OutOfScope}");
        text.Append(CultureInfo.InvariantCulture, $"  handed off:            {OutOfScopeHandedOff:P1}");
        if (Ranked is not null)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"ranked, never handing off: top-1 {Ranked.Top1:P1}, top-3 {Ranked.Top3:P1}");
        }

        return text.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>A question the bot got wrong, for tuning.</summary>
public sealed record EvalMiss(string Question, string Expected, string Got, double Confidence);

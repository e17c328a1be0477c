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

    /// <summary>Answered questions in scope that show a supporting citation (second or third) that is not right, listed.</summary>
    public IReadOnlyList<EvalMiss> WrongSupporting { get; init; } = [];

    /// <summary>How many supporting citations of answered questions in scope are right.</summary>
    public int RightSupporting { get; init; }

    /// <summary>Out-of-scope questions handed off to the people of a policy rather than with the neutral reason: the question and the policy.</summary>
    public IReadOnlyList<(string Question, string Policy, double Confidence)> HandedOffNamingAPolicy { get; init; } = [];

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
            misses)
        {
            WrongSupporting = inScope.Where(o => o.WrongSupporting && o.AnsweredAt(minConfidence))
                .Select(o => new EvalMiss(o.Case.Question, o.Case.Expected(), o.Cited, o.Confidence)).ToList(),
            RightSupporting = inScope.Where(o => o.AnsweredAt(minConfidence)).Sum(o => o.RightSupporting),

            // A case handed off only because the threshold is higher than asked has no hand-off of its own to count.
            HandedOffNamingAPolicy = outOfScope.Where(o => !o.Answered && o.HandoffPolicy is not null)
                .Select(o => (o.Case.Question, o.HandoffPolicy!, o.Confidence)).ToList(),
        };
    }

    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"in-scope questions:      {InScope}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  top-1 citation:        {Top1:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  top-3 citation:        {Top3:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  answerable refused:    {InScopeAbstained:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  supporting citations:  {RightSupporting} right; {WrongSupporting.Count} answered questions show one that is not right");
        text.AppendLine(CultureInfo.InvariantCulture, $"out-of-scope questions:  {OutOfScope}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  handed off:            {OutOfScopeHandedOff:P1}");
        text.Append(CultureInfo.InvariantCulture, $"  naming a policy:       {HandedOffNamingAPolicy.Count}");
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

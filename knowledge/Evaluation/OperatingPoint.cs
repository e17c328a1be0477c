namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Where to put the confidence threshold, read from cases answered never handing off: the highest
/// <c>MinConfidence</c> that refuses at most a given share of the answerable questions, and what any
/// threshold gives (<see cref="EvalReport.Of"/>).
/// </summary>
public static class OperatingPoint
{
    /// <summary>
    /// The highest threshold refusing at most <paramref name="maxRefused"/> of the in-scope cases, or 0 when
    /// even threshold 0 refuses more (a case with nothing to cite is refused at any threshold).
    /// </summary>
    public static double Threshold(IReadOnlyList<EvalOutcome> neverHandingOff, double maxRefused)
    {
        ArgumentNullException.ThrowIfNull(neverHandingOff);
        var inScope = neverHandingOff.Where(o => !o.Case.OutOfScope).ToList();
        var allowed = (int)Math.Floor((maxRefused * inScope.Count) + 1e-9) - inScope.Count(o => !o.Answered);
        var confidences = inScope.Where(o => o.Answered).Select(o => o.Confidence).Order().ToList();
        return allowed < 0 ? 0
            : allowed >= confidences.Count ? 1
            : confidences[allowed];
    }
}

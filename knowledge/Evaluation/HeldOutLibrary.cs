namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// One library set answered by models never fitted on its library: each case as asked at the configured
/// threshold, and again never handing off (what the ranking alone gives, and what any threshold would).
/// </summary>
/// <param name="Set">The set's name.</param>
/// <param name="Asked">Each case as answered at the configured threshold.</param>
/// <param name="NeverHandingOff">Each case as answered at threshold 0.</param>
public sealed record HeldOutLibrary(string Set, IReadOnlyList<EvalOutcome> Asked, IReadOnlyList<EvalOutcome> NeverHandingOff)
{
    /// <summary>The four figures as asked, with the ranked ones beside.</summary>
    public EvalReport Report => EvalReport.Of(Asked) with { Ranked = EvalReport.Of(NeverHandingOff.Where(o => !o.Case.OutOfScope).ToList()) };

    /// <summary>Several held-out libraries as one: each case counts once, so a larger set weighs more.</summary>
    public static HeldOutLibrary Pool(string name, IEnumerable<HeldOutLibrary> libraries)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        var all = libraries.ToList();
        return new HeldOutLibrary(name, all.SelectMany(l => l.Asked).ToList(), all.SelectMany(l => l.NeverHandingOff).ToList());
    }
}

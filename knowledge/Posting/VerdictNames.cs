namespace PolicyBot.Knowledge.Posting;

/// <summary>The four verdict words used in the flow file, the JSON output and the cards.</summary>
public static class VerdictNames
{
    private static readonly Dictionary<string, Verdict> ByName = new(StringComparer.Ordinal)
    {
        ["ok"] = Verdict.Ok,
        ["caution"] = Verdict.Caution,
        ["needs-authorisation"] = Verdict.NeedsAuthorisation,
        ["do-not-post"] = Verdict.DoNotPost,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string ToName(this Verdict verdict) => verdict switch
    {
        Verdict.Ok => "ok",
        Verdict.Caution => "caution",
        Verdict.NeedsAuthorisation => "needs-authorisation",
        Verdict.DoNotPost => "do-not-post",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a verdict."),
    };

    public static bool TryParse(string? name, out Verdict verdict) => ByName.TryGetValue(name ?? string.Empty, out verdict);

    /// <summary>True for the verdicts that mean "you may post it" (perhaps with care).</summary>
    public static bool IsAllowed(this Verdict verdict) => verdict <= Verdict.Caution;
}

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// What the bot did with one case: whether it answered, how sure it was and what it cited. Kept per case so
/// a report can be made again at another confidence threshold (<see cref="EvalReport.Of"/>) without asking again.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="Answered">Whether it answered rather than handing off.</param>
/// <param name="Confidence">The confidence of the best hit, as the answer gives it (three decimals).</param>
/// <param name="Cited">The citations, described for a list of misses.</param>
/// <param name="Top1">Whether the first citation is right.</param>
/// <param name="Top3">Whether one of the first three citations is right.</param>
public sealed record EvalOutcome(EvalCase Case, bool Answered, double Confidence, string Cited, bool Top1, bool Top3)
{
    /// <summary>How many of the supporting citations (the second and third) are right; 0 for a case out of scope.</summary>
    public int RightSupporting { get; init; }

    /// <summary>Whether a supporting citation (the second or third) is not right: what a user reads as a source that says nothing. False for a case out of scope, whose every citation is wrong.</summary>
    public bool WrongSupporting { get; init; }

    /// <summary>The policy a hand-off names (its route's, or the document whose owner it names); null when it names none or the case was answered.</summary>
    public string? HandoffPolicy { get; init; }

    /// <summary>Whether it answers at a threshold at or above the one it was asked with.</summary>
    public bool AnsweredAt(double minConfidence) => Answered && Confidence >= minConfidence;
}

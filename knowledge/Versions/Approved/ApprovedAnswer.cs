namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>
/// An answer a Communications or Integrity team member gave to a staff question and approved for reuse:
/// the question, the answer, the clause it interprets (with that clause's hash at the time) and who approved it.
/// </summary>
/// <param name="Id">Its id in the store.</param>
/// <param name="Question">The staff question it answered.</param>
/// <param name="Answer">The team's answer, as approved.</param>
/// <param name="Clause">The policy clause it interprets.</param>
/// <param name="Approval">Who approved it and when.</param>
/// <param name="State">Current, expired (its clause changed) or retired.</param>
/// <param name="StateReason">Why it expired or was retired; null while current.</param>
/// <param name="StateChangedAt">When it expired or was retired; null while current.</param>
public sealed record ApprovedAnswer(
    string Id,
    string Question,
    string Answer,
    ClauseReference Clause,
    Approval Approval,
    ApprovedAnswerState State = ApprovedAnswerState.Current,
    string? StateReason = null,
    DateTimeOffset? StateChangedAt = null)
{
    public bool IsCurrent => State == ApprovedAnswerState.Current;

    /// <summary>Sent back for review: it is not shown until approved again against the clause as it now reads.</summary>
    public ApprovedAnswer Expire(string reason, DateTimeOffset at) => this with { State = ApprovedAnswerState.Expired, StateReason = reason, StateChangedAt = at };

    /// <summary>Withdrawn by its team.</summary>
    public ApprovedAnswer Retire(string reason, DateTimeOffset at) => this with { State = ApprovedAnswerState.Retired, StateReason = reason, StateChangedAt = at };
}

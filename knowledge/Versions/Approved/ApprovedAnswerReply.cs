using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>
/// An approved answer as staff see it: labelled as the team's, beside the policy's own words it interprets,
/// never in place of them.
/// </summary>
/// <param name="Label">"Approved answer from the Communications team, interpreting “Be safe”".</param>
/// <param name="Answer">The team's answer.</param>
/// <param name="ApprovedBy">"Approved by Mere Tane on 3 March 2027".</param>
/// <param name="Clause">The clause it interprets, quoted whole from the version in force.</param>
/// <param name="AnswerId">The approved answer's id, to count its use.</param>
public sealed record ApprovedAnswerReply(string Label, string Answer, string ApprovedBy, Citation Clause, string AnswerId)
{
    public static ApprovedAnswerReply Of(ApprovedAnswerMatch match, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(zone);
        var (answer, clause) = (match.Answer, match.Clause);
        var approved = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(answer.Approval.ApprovedAt, zone).DateTime);
        return new ApprovedAnswerReply(
            $"Approved answer from the {answer.Approval.Team}, interpreting \u201c{clause.Title}\u201d",
            answer.Answer,
            $"Approved by {answer.Approval.ApproverName} on {VersionLabel.Date(approved)}",
            new Citation(match.Version.Title, match.Version.PolicyId, clause.Path, clause.Id, clause.Text),
            answer.Id);
    }

    /// <summary>The label, the answer, who approved it, and the clause it interprets, quoted.</summary>
    public string ToPlainText() =>
        $"{Label}:{Environment.NewLine}{Answer}{Environment.NewLine}{ApprovedBy}.{Environment.NewLine}{Environment.NewLine}"
        + $"The policy's words it interprets ({Clause.Policy} > {Clause.Section}):{Environment.NewLine}\u201c{Clause.Quote.Replace("\n", " ", StringComparison.Ordinal)}\u201d";
}

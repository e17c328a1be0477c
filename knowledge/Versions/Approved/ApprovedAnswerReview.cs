namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>
/// What a new version of a policy does to the answers approved against it: an answer whose clause changed or
/// went expires (and goes back to its team); one whose clause moved with the same words follows it; the rest
/// are untouched.
/// </summary>
public static class ApprovedAnswerReview
{
    /// <summary>The answers the new version changes, as they now are; current answers of other policies and unchanged ones are left out.</summary>
    public static IReadOnlyList<ApprovedAnswer> Review(IEnumerable<ApprovedAnswer> answers, PolicyVersion version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(version);
        var changed = new List<ApprovedAnswer>();
        foreach (var answer in answers.Where(a => a.IsCurrent && a.Clause.PolicyId == version.PolicyId))
        {
            var check = ClauseCheck.Of(answer.Clause, version);
            switch (check.Status)
            {
                case ClauseStatus.Moved:
                    changed.Add(answer with { Clause = answer.Clause with { SectionId = check.Section!.Id, SectionPath = check.Section.Path, SectionTitle = check.Section.Title } });
                    break;
                case ClauseStatus.Changed:
                    changed.Add(answer.Expire($"\u201c{answer.Clause.SectionTitle}\u201d changed in {version.Label}.", now));
                    break;
                case ClauseStatus.Removed:
                    changed.Add(answer.Expire($"\u201c{answer.Clause.SectionTitle}\u201d is no longer in the policy as of {version.Label}.", now));
                    break;
            }
        }

        return changed;
    }
}

namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>
/// Finds the approved answer for a question: the current one whose question is most alike, above a bar, and
/// whose clause still reads as it did when approved (checked here too, so a policy replaced a moment ago never
/// shows an answer to words it no longer has).
/// </summary>
public sealed class ApprovedAnswerMatcher(IQuestionSimilarity similarity, double minSimilarity = ApprovedAnswerMatcher.DefaultMinSimilarity)
{
    /// <summary>
    /// How alike a question must be. An approved answer is shown as the team's word, so the bar is high: the
    /// same question in other words, not a related one (tested on paraphrases and near misses).
    /// </summary>
    public const double DefaultMinSimilarity = 0.75;

    /// <summary>The best approved answer for the question, or null.</summary>
    /// <param name="question">The staff member's question.</param>
    /// <param name="answers">The approved answers (any state; only current ones are considered).</param>
    /// <param name="versionOf">The version in force of a policy, by id; null when the policy is no longer loaded.</param>
    public ApprovedAnswerMatch? Find(string question, IEnumerable<ApprovedAnswer> answers, Func<string, PolicyVersion?> versionOf)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(versionOf);
        ApprovedAnswerMatch? best = null;
        foreach (var answer in answers.Where(a => a.IsCurrent))
        {
            var score = similarity.Similarity(question, answer.Question, answer.Clause.PolicyId);
            if (score < minSimilarity || (best is not null && score <= best.Similarity))
            {
                continue;
            }

            if (versionOf(answer.Clause.PolicyId) is { } version && ClauseCheck.Of(answer.Clause, version) is { Holds: true } check)
            {
                best = new ApprovedAnswerMatch(answer, score, version, check.Section!);
            }
        }

        return best;
    }
}

using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class EvalReportTests
{
    private static EvalOutcome InScope(string question, double confidence, int rightSupporting, bool wrongSupporting) =>
        new(new EvalCase(question, null, Answers: [new EvalAnswer("a.md", "Heading")]), true, confidence, "a > Heading | b > Other", true, true)
        {
            RightSupporting = rightSupporting,
            WrongSupporting = wrongSupporting,
        };

    private static EvalOutcome OutOfScope(string question, bool answered, string? handoffPolicy) =>
        new(new EvalCase(question, null, OutOfScope: true), answered, 0.45, answered ? "a > Heading" : string.Empty, false, false) { HandoffPolicy = handoffPolicy };

    // What a user sees beside the answer: right supporting citations summed, answers with a wrong one listed,
    // and only among answers the threshold lets through.
    [Fact]
    public void Of_AnswersWithSupportingCitations_CountsRightOnesAndListsAnswersWithAWrongOne()
    {
        EvalOutcome[] outcomes = [InScope("q1", 0.9, 2, false), InScope("q2", 0.8, 1, true), InScope("q3", 0.4, 0, true)];

        var asked = EvalReport.Of(outcomes);
        var higher = EvalReport.Of(outcomes, 0.5);

        Assert.Equal(3, asked.RightSupporting);
        Assert.Equal(["q2", "q3"], asked.WrongSupporting.Select(miss => miss.Question));
        Assert.Equal(3, higher.RightSupporting);
        Assert.Equal(["q2"], higher.WrongSupporting.Select(miss => miss.Question));
        Assert.Contains("supporting citations:  3 right; 2 answered questions show one that is not right", asked.Summary(), StringComparison.Ordinal);
    }

    // A hand-off names a policy when its route is a policy's; answered cases and neutral hand-offs are not counted.
    [Fact]
    public void Of_HandOffsOutOfScope_ListsThoseNamingAPolicy()
    {
        EvalOutcome[] outcomes = [OutOfScope("travel per diem", false, "travel"), OutOfScope("question one", false, null), OutOfScope("answered", true, null)];

        var report = EvalReport.Of(outcomes);

        Assert.Equal([("travel per diem", "travel")], report.HandedOffNamingAPolicy.Select(h => (h.Question, h.Policy)));
        Assert.Contains("naming a policy:       1", report.Summary(), StringComparison.Ordinal);
    }
}

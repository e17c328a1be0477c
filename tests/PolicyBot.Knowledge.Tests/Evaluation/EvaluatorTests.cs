using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private const string Question = "can I retweet corrections tweets?";
    private const string Standard = "Policy principles and standards > Standards > Don't comment on Corrections matters";
    private const string Access = "Policy principles and standards > Staff access to social media at work";

    // The policy answers from "Don't comment on Corrections matters" and cites two more sections beside it:
    // each supporting citation is right or not by the case's sections, as the first is for top-1.
    [Theory]
    [InlineData(new[] { Standard }, 0, true)]
    [InlineData(new[] { Standard, Access }, 1, true)]
    [InlineData(new[] { Standard, Access, "Policy principles and standards > Principles" }, 2, false)]
    public void Outcomes_AnswerWithSupportingCitations_CountsThemByTheCase(string[] sections, int right, bool wrong)
    {
        var outcome = Evaluator.Outcomes(TestPolicies.Knowledge, [new EvalCase(Question, sections)])[0];

        Assert.True(outcome.Top1, outcome.Cited);
        Assert.Equal((right, wrong), (outcome.RightSupporting, outcome.WrongSupporting));
    }

    // Out of scope, the hand-off's policy is what the report counts as naming one; the neutral hand-off names none.
    [Fact]
    public void Outcomes_NonsenseHandedOff_NamesNoPolicy()
    {
        var outcome = Evaluator.Outcomes(TestPolicies.Knowledge, [new EvalCase("purple elephant spreadsheet tuesday banana lamp", null, OutOfScope: true)])[0];

        Assert.False(outcome.Answered);
        Assert.Null(outcome.HandoffPolicy);
    }
}

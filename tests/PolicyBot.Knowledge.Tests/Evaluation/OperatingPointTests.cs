using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class OperatingPointTests
{
    private static EvalOutcome InScope(double confidence, bool answered = true) =>
        new(new EvalCase($"q{confidence}", null, Answers: [new EvalAnswer("a.md", "Heading")]), answered, confidence, "a > Heading", true, true);

    private static EvalOutcome OutOfScope(double confidence) =>
        new(new EvalCase($"o{confidence}", null, OutOfScope: true), true, confidence, "a > Heading", false, false);

    // Twenty answerable questions: 5% is one, so the threshold sits at the second-lowest confidence.
    [Fact]
    public void Threshold_TwentyAnswerable_RefusesOnlyTheLeastConfident()
    {
        var outcomes = Enumerable.Range(1, 20).Select(i => InScope(i / 20.0)).ToList();

        var threshold = OperatingPoint.Threshold(outcomes, 0.05);

        Assert.Equal(0.1, threshold, precision: 9);
        Assert.Equal(0.05, EvalReport.Of(outcomes, threshold).InScopeAbstained, precision: 9);
    }

    // A question with nothing to cite is refused at any threshold, and uses up the allowance.
    [Fact]
    public void Threshold_OneRefusedWhateverTheThreshold_RefusesNoOther()
    {
        var outcomes = Enumerable.Range(1, 19).Select(i => InScope(i / 20.0)).Append(InScope(0.9, answered: false)).ToList();

        Assert.Equal(0.05, OperatingPoint.Threshold(outcomes, 0.05), precision: 9);
        Assert.Equal(0, OperatingPoint.Threshold(outcomes.Append(InScope(0.8, answered: false)).ToList(), 0.05));
    }

    // A report at a higher threshold than asked with: answered below it counts as handed off, both kinds.
    [Fact]
    public void Of_HigherThreshold_CountsLessConfidentAnswersAsHandedOff()
    {
        EvalOutcome[] outcomes = [InScope(0.4), InScope(0.8), OutOfScope(0.3), OutOfScope(0.7)];

        var asked = EvalReport.Of(outcomes);
        var higher = EvalReport.Of(outcomes, 0.5);

        Assert.Equal((1.0, 0.0, 0.0), (asked.Top1, asked.InScopeAbstained, asked.OutOfScopeHandedOff));
        Assert.Equal((0.5, 0.5, 0.5), (higher.Top1, higher.InScopeAbstained, higher.OutOfScopeHandedOff));
        Assert.Contains(higher.Misses, miss => miss.Question == "q0.4" && miss.Got == "handoff");
    }
}

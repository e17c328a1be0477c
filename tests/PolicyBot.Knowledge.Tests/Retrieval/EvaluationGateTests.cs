using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Retrieval;

/// <summary>
/// Retrieval quality gates. eval-dev.jsonl is the set we tune on. eval-holdout.jsonl, eval-fresh.jsonl and
/// eval-unseen.jsonl were written separately; each was unseen when first run, and has been looked at since.
/// eval-final.jsonl was written by someone who saw only the policy and was run once, after the tuning; it is
/// the honest measure of questions the bot has not seen.
/// </summary>
public sealed class EvaluationGateTests
{
    // Floors at what each set achieves today (rounded down), so any regression fails. The targets are 90%
    // top-3 and 85% hand-off on every set: dev (94.8%, 92.0%) and fresh (97.2%, 100%) meet them; the others
    // show how far the rest is (holdout 88.6%, 83.3%; unseen 86.3%, 85.0%; final 82.5%, 85.0%).
    [Theory]
    [InlineData("eval-dev.jsonl", 0.94, 0.92)]
    [InlineData("eval-holdout.jsonl", 0.88, 0.83)]
    [InlineData("eval-fresh.jsonl", 0.97, 1.0)]
    [InlineData("eval-unseen.jsonl", 0.86, 0.85)]
    [InlineData("eval-final.jsonl", 0.82, 0.85)]
    public void Evaluate_QuestionSet_CitesTheRightSectionAndHandsOffOutOfScope(string file, double top3Floor, double handOffFloor)
    {
        var cases = Evaluator.ReadCases(TestPolicies.TestData(file));

        var report = Evaluator.Run(TestPolicies.Knowledge, cases);

        Assert.True(report.InScope >= 30 && report.OutOfScope >= 10, $"{file} is too small to trust.");
        Assert.True(report.Top3 >= top3Floor, $"top-3 citation accuracy {report.Top3:P1} fell below {top3Floor:P0}:{Environment.NewLine}{report.Summary()}");
        Assert.True(report.OutOfScopeHandedOff >= handOffFloor, $"out-of-scope hand-off {report.OutOfScopeHandedOff:P1} fell below {handOffFloor:P0}:{Environment.NewLine}{report.Summary()}");
    }

    [Fact]
    public void ReadCases_CaseWithoutSections_NamesTheLine()
    {
        var file = Path.GetTempFileName();
        File.WriteAllLines(file, ["{\"question\": \"ok\", \"sections\": [\"Purpose\"]}", "{\"question\": \"no sections\"}"]);

        var error = Assert.Throws<InvalidDataException>(() => Evaluator.ReadCases(file));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}

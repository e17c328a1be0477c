using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Retrieval;

/// <summary>
/// Retrieval quality gates. eval-dev.jsonl is the set we tune on; eval-holdout.jsonl and eval-fresh.jsonl were
/// written separately and are never tuned against, so they show how the bot does on questions it has not seen.
/// </summary>
public sealed class EvaluationGateTests
{
    // Floors at what each set achieves today (rounded down), so any regression fails. The targets are 90%
    // top-3 and 85% hand-off on every set: dev (93.8%, 88.0%) meets them; the unseen sets show how far the
    // rest is (holdout 82.9%, 88.9%; fresh 86.1%, 83.3%).
    [Theory]
    [InlineData("eval-dev.jsonl", 0.93, 0.88)]
    [InlineData("eval-holdout.jsonl", 0.82, 0.88)]
    [InlineData("eval-fresh.jsonl", 0.86, 0.83)]
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

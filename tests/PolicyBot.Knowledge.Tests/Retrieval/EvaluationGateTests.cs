using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Retrieval;

/// <summary>
/// Retrieval quality gates. eval-dev.jsonl is the set we tune on; eval-holdout.jsonl was written separately
/// and is never tuned against, so it shows how the bot does on questions it has not seen.
/// </summary>
public sealed class EvaluationGateTests
{
    // Floors that guard what retrieval achieves today (top-3 72% on both sets; hand-off 80% dev, 94% held
    // out). The targets are 90% top-3 and 85% hand-off; raise these floors as retrieval improves.
    private const double Top3Floor = 0.70;
    private const double HandOffFloor = 0.80;

    [Theory]
    [InlineData("eval-dev.jsonl")]
    [InlineData("eval-holdout.jsonl")]
    public void Evaluate_QuestionSet_CitesTheRightSectionAndHandsOffOutOfScope(string file)
    {
        var cases = Evaluator.ReadCases(TestPolicies.TestData(file));

        var report = Evaluator.Run(TestPolicies.Knowledge, cases);

        Assert.True(report.InScope >= 45 && report.OutOfScope >= 15, $"{file} is too small to trust.");
        Assert.True(report.Top3 >= Top3Floor, $"top-3 citation accuracy {report.Top3:P1} fell below {Top3Floor:P0}:{Environment.NewLine}{report.Summary()}");
        Assert.True(report.OutOfScopeHandedOff >= HandOffFloor, $"out-of-scope hand-off {report.OutOfScopeHandedOff:P1} fell below {HandOffFloor:P0}:{Environment.NewLine}{report.Summary()}");
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

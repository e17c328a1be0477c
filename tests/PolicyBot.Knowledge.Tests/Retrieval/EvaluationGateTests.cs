using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Retrieval;

/// <summary>
/// Retrieval quality gates. eval-dev.jsonl is the set we tune on. The others were each written apart, most by
/// someone who saw only the policy, and committed before their first run; docs/accuracy.md says which were
/// looked at since. eval-next-e and eval-next-f were run once, after all the tuning: they are the honest
/// measure of questions the bot has not seen. None of these questions is in knowledge/examples.
/// </summary>
public sealed class EvaluationGateTests
{
    // Floors at what each set achieves today (rounded down), so any regression fails: top-3 with the
    // development library's ten documents beside the policy (its questions keep their answers among them),
    // hand-off with the policy alone (its out-of-scope questions were written for it alone: "how do I apply
    // for annual leave" is one the library's leave policy answers). next-e and next-f are the honest measure
    // of questions the bot has not seen: 95.0% top-3 both, 92.5% and 82.5% hand-off (docs/accuracy.md).
    [Theory]
    [InlineData("eval-dev.jsonl", 0.97, 1.0)]
    [InlineData("eval-holdout.jsonl", 1.0, 1.0)]
    [InlineData("eval-fresh.jsonl", 0.94, 1.0)]
    [InlineData("eval-unseen.jsonl", 0.95, 0.95)]
    [InlineData("eval-final.jsonl", 0.97, 1.0)]
    [InlineData("eval-next-a.jsonl", 0.97, 0.95)]
    [InlineData("eval-next-b.jsonl", 0.95, 1.0)]
    [InlineData("eval-next-c.jsonl", 1.0, 0.93)]
    [InlineData("eval-next-d.jsonl", 0.98, 0.9)]
    [InlineData("eval-next-e.jsonl", 0.95, 0.92)]
    [InlineData("eval-next-f.jsonl", 0.95, 0.82)]
    public void Evaluate_QuestionSet_CitesTheRightSectionAndHandsOffOutOfScope(string file, double top3Floor, double handOffFloor)
    {
        var cases = Evaluator.ReadCases(TestPolicies.TestData(file));

        var beside = Evaluator.Run(TestPolicies.WithLibrary, cases);
        var alone = Evaluator.Run(TestPolicies.Knowledge, cases);

        Assert.True(beside.InScope >= 30 && beside.OutOfScope >= 10, $"{file} is too small to trust.");
        Assert.True(beside.Top3 >= top3Floor, $"top-3 citation accuracy {beside.Top3:P1} fell below {top3Floor:P0}:{Environment.NewLine}{beside.Summary()}");
        Assert.True(alone.OutOfScopeHandedOff >= handOffFloor, $"out-of-scope hand-off {alone.OutOfScopeHandedOff:P1} fell below {handOffFloor:P0}:{Environment.NewLine}{alone.Summary()}");
    }

    // The eleven development libraries, each beside the shipped policy as it is deployed (its organisations named):
    // floors (rounded down to a whole point, refusals up) at the figures of the untuned models fitted on nine of them
    // (docs/accuracy.md, "Session 6: nine libraries, organisations named"; library-test7 and library-test8 are in no
    // fit), with this session's organisation names kept inside longer names and title fields dropped beside their own
    // sections (docs/accuracy.md, "Session 7: eleven libraries fitted", first column), so any regression fails. They
    // flatter (nine are in the fit); what a library nobody fitted on gets is leave-one-library-out's estimate, not
    // these. The hand-off floors are low on purpose: the untuned confidence's bias sets the point where at most 5% of
    // answerable questions are refused, and there about 60% of the unanswerable ones are handed off (no feature
    // separates them better yet).
    [Theory]
    [InlineData("library-dev", "library-dev/eval-dev-library.jsonl", 0.79, 0.92, 0.01, 0.58)]
    [InlineData("library-dev2", "library-dev2/eval-dev2-library.jsonl", 0.82, 0.94, 0.03, 0.75)]
    [InlineData("library-dev3", "library-dev3/eval-dev3-library.jsonl", 0.76, 0.84, 0.09, 0.59)]
    [InlineData("library-test/library", "library-test/eval-test-library.jsonl", 0.84, 0.96, 0.01, 0.68)]
    [InlineData("library-test2", "library-test2/eval-test2-library.jsonl", 0.75, 0.90, 0.05, 0.50)]
    [InlineData("library-test3", "library-test3/eval-test3-library.jsonl", 0.77, 0.88, 0.11, 0.66)]
    [InlineData("library-test4", "library-test4/eval-test4-library.jsonl", 0.86, 0.94, 0.05, 0.55)]
    [InlineData("library-test5", "library-test5/eval-test5-library.jsonl", 0.84, 0.93, 0.04, 0.57)]
    [InlineData("library-test6", "library-test6/eval-test6-library.jsonl", 0.78, 0.91, 0.05, 0.54)]
    [InlineData("library-test7", "library-test7/eval-test7-library.jsonl", 0.79, 0.92, 0.03, 0.78)]
    [InlineData("library-test8", "library-test8/eval-test8-library.jsonl", 0.78, 0.89, 0.06, 0.72)]
    [InlineData("library-test9", "library-test9/eval-test9-library.jsonl", 0.81, 0.95, 0.03, 0.45)]
    [InlineData("library-test10", "library-test10/eval-test10-library.jsonl", 0.73, 0.89, 0.03, 0.57)]
    public void Evaluate_DevelopmentLibrary_KeepsAllFourFigures(string library, string file, double top1Floor, double top3Floor, double refusedCeiling, double handOffFloor)
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [TestPolicies.TestData(library)], new KnowledgeOptions(), TestPolicies.Clock());

        var report = Evaluator.Run(knowledge, Evaluator.ReadCases(TestPolicies.TestData(file)));

        Assert.True(report.Top1 >= top1Floor && report.Top3 >= top3Floor && report.InScopeAbstained <= refusedCeiling && report.OutOfScopeHandedOff >= handOffFloor, report.Summary());
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

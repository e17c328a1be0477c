using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class CrossValidationTests
{
    private static IReadOnlyList<EvalCase> LibraryCases => Evaluator.ReadCases(Path.Combine(TestPolicies.LibraryDev, "eval-dev-library.jsonl"));

    // Each case is answered once, by the fold that held it out; the shipped policy's sets are fitted on, never reported.
    [Fact]
    public void Run_LibraryBesideShippedSet_ScoresEveryLibraryCaseOnceAndReportsNoOtherSet()
    {
        var library = LibraryCases;
        var shipped = Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl"));

        var reports = CrossValidation.Run(TestPolicies.WithLibrary, [("fresh", shipped), ("library", library)], folds: 3);

        var (set, report) = Assert.Single(reports);
        Assert.Equal("library", set);
        Assert.Equal(library.Count(c => !c.OutOfScope), report.InScope);
        Assert.Equal(library.Count(c => c.OutOfScope), report.OutOfScope);
    }

    // Beside the figures with hand-off, the same folds ranked without it: every in-scope case answered.
    [Fact]
    public void Run_LibrarySet_ReportsTheRankingAloneBeside()
    {
        var library = LibraryCases;

        var (_, report) = Assert.Single(CrossValidation.Run(TestPolicies.WithLibrary, [("library", library)], folds: 2));

        Assert.NotNull(report.Ranked);
        Assert.Equal(report.InScope, report.Ranked.InScope);
        Assert.Equal(0, report.Ranked.InScopeAbstained);
        Assert.True(report.Ranked.Top3 >= report.Top3, report.Summary());
        Assert.Contains("ranked, never handing off", report.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneFold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.Run(TestPolicies.WithLibrary, [("library", LibraryCases)], folds: 1));
    }

    // A view with other models shares the documents' indexes: disposing it must leave the original answering.
    [Fact]
    public void WithModels_ViewDisposed_OriginalStillAnswers()
    {
        var knowledge = TestPolicies.WithLibrary;
        var before = knowledge.Ask("how many vacation days do we get?");

        using (knowledge.WithModels(SplitModel.DefaultRanking, SplitModel.DefaultConfidence))
        {
        }

        var after = knowledge.Ask("how many vacation days do we get?");
        Assert.True(after.Answered);
        Assert.Equal(before.Citations[0].SectionId, after.Citations[0].SectionId);
    }
}

using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class LeaveOneLibraryOutTests
{
    // library-dev cut into two tiny libraries by organisation: Basecamp's pages and Sourcegraph's.
    private static (IReadOnlyList<EvalCase> Basecamp, IReadOnlyList<EvalCase> Sourcegraph) TwoLibraries()
    {
        var cases = Evaluator.ReadCases(Path.Combine(TestPolicies.LibraryDev, "eval-dev-library.jsonl"));
        static bool Sourcegraph(EvalCase c) => c.Answers!.All(a => a.Document.StartsWith("sourcegraph-", StringComparison.Ordinal));
        var outOfScope = cases.Where(c => c.OutOfScope).ToList();
        var basecamp = cases.Where(c => !c.OutOfScope && !Sourcegraph(c)).Take(12).Concat(outOfScope.Where((_, i) => i % 2 == 0).Take(5)).ToList();
        var sourcegraph = cases.Where(c => !c.OutOfScope && Sourcegraph(c)).Take(12).Concat(outOfScope.Where((_, i) => i % 2 == 1).Take(5)).ToList();
        return (basecamp, sourcegraph);
    }

    private static IReadOnlyList<EvalCase> Fresh => Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl"));

    // Each library is answered, on its own documents beside the shipped policy, by models fitted on the
    // other library and the shipped policy's set, never on itself: the same answers as that fit made by hand.
    [Fact]
    public void Run_TwoLibraries_AnswersEachWithModelsFittedOnTheOtherAndTheTunedSets()
    {
        var knowledge = TestPolicies.WithLibrary;
        var (basecamp, sourcegraph) = TwoLibraries();

        var held = LeaveOneLibraryOut.Run(knowledge, [("fresh", Fresh), ("basecamp", basecamp), ("sourcegraph", sourcegraph)]);

        Assert.Equal(["basecamp", "sourcegraph"], held.Select(h => h.Set));
        var (ranking, confidence) = Calibrator.Fit(knowledge, [Fresh, sourcegraph]);
        var scope = LibraryScope.Of(basecamp)!.Union(knowledge.Index.TunedPolicies).ToHashSet(StringComparer.OrdinalIgnoreCase);
        using var fitted = knowledge.WithModels(ranking, confidence);
        using var own = fitted.Only(scope);
        var byHand = Evaluator.Outcomes(own, basecamp);
        Assert.Equal(byHand.Select(o => (o.Answered, o.Confidence, o.Cited)), held[0].Asked.Select(o => (o.Answered, o.Confidence, o.Cited)));
        Assert.All(held[0].NeverHandingOff.Concat(held[0].Asked), o => Assert.DoesNotContain("sourcegraph-", o.Cited, StringComparison.Ordinal));
    }

    // The report gives all four figures and the ranked ones; pooling counts every case of every library once.
    [Fact]
    public void Pool_TwoHeldOutLibraries_CountsEachCaseOnce()
    {
        var (basecamp, sourcegraph) = TwoLibraries();

        var held = LeaveOneLibraryOut.Run(TestPolicies.WithLibrary, [("basecamp", basecamp), ("sourcegraph", sourcegraph)]);
        var pooled = HeldOutLibrary.Pool("pooled", held).Report;

        Assert.Equal(24, pooled.InScope);
        Assert.Equal(10, pooled.OutOfScope);
        Assert.Equal((held[0].Report.Top1 * 12) + (held[1].Report.Top1 * 12), pooled.Top1 * 24, precision: 9);
        Assert.NotNull(pooled.Ranked);
        Assert.Equal(0, pooled.Ranked.InScopeAbstained);
        Assert.Contains("ranked, never handing off", held[0].Report.Summary(), StringComparison.Ordinal);
    }

    // The yardstick to hold them against: the same sets answered by the shipped models, each on its own documents.
    [Fact]
    public void AsShipped_Library_AnswersWithTheShippedModelsOnItsOwnDocuments()
    {
        var knowledge = TestPolicies.WithLibrary;
        var (basecamp, _) = TwoLibraries();
        var scope = LibraryScope.Of(basecamp)!.Union(knowledge.Index.TunedPolicies).ToHashSet(StringComparer.OrdinalIgnoreCase);
        using var own = knowledge.Only(scope);

        var shipped = Assert.Single(LeaveOneLibraryOut.AsShipped(knowledge, [("fresh", Fresh), ("basecamp", basecamp)]));

        Assert.Equal(Evaluator.Run(own, basecamp).Summary(), EvalReport.Of(shipped.Asked).Summary());
        Assert.True(EvalReport.Of(shipped.NeverHandingOff).InScopeAbstained <= EvalReport.Of(shipped.Asked).InScopeAbstained);
    }

    // Two question sets about one document are one library: holding one out holds out the other too.
    [Fact]
    public void Training_SetsSharingADocument_AreLeftOutTogether()
    {
        IReadOnlyList<EvalCase> Library(params string[] documents) =>
            documents.Select(d => new EvalCase("q", null, Answers: [new EvalAnswer(d, "Heading")])).ToList();
        IReadOnlyList<EvalCase> tuned = [new EvalCase("q", ["Purpose"])];

        IReadOnlyList<IReadOnlyList<EvalCase>> sets = [Library("a.md"), Library("a.md", "b.md"), Library("c.md"), tuned];

        Assert.Equal([2, 3], LeaveOneLibraryOut.Training(sets, 0));
        Assert.Equal([0, 1, 3], LeaveOneLibraryOut.Training(sets, 2));
    }
}

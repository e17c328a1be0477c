using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class CalibratorTests
{
    // A library's out-of-scope questions are out of its own documents' scope only: with another library
    // beside, "how many vacation days do we get" would be a negative with that library's right answer as its
    // best hit. A library's cases see its own documents and the tuned (shipped) policies, as deployed; here
    // the set names Benefits & Perks alone, so the other documents loaded stand for another library.
    [Fact]
    public void Prepare_LibrarySetBesideAnotherLibrary_PutsForwardItsOwnDocumentsAndTheShippedPolicyOnly()
    {
        IReadOnlyList<EvalCase> cases =
        [
            new("whats the 401k match", null, Answers: [new EvalAnswer("benefits-and-perks.md", "Retirement Plan")]),
            new("can I post about my work on social media?", null, OutOfScope: true),
            new("can I take a sabbatical and how long is it", null, OutOfScope: true),
        ];

        var prepared = Calibrator.Prepare(TestPolicies.WithLibrary, [cases]);

        var hits = prepared.SelectMany(question => question.Hits).ToList();
        Assert.All(hits, hit => Assert.True(hit.Passage.PolicyId is "benefits-and-perks" or "social-media-policy", hit.Passage.PolicyId));
        Assert.Contains(prepared[1].Hits, hit => hit.Passage.PolicyId == "social-media-policy");
        Assert.Contains(prepared[2].Hits, hit => hit.Passage.PolicyId == "benefits-and-perks");
    }

    // A library set is searched on its own documents and the tuned policies alone, so the cap on a question's
    // candidates bites inside that scope only: loading another library (here the rest of library-dev beside
    // Benefits & Perks) changes none of them. A cap of 8 bites with these few documents as 1,000 does with seven
    // libraries; searched over every document and filtered afterwards, the other documents took places in it.
    [Fact]
    public void Prepare_LibrarySetWhenAnotherLibraryIsAdded_SameCandidatesFromItsOwnDocumentsAndTheShippedPolicy()
    {
        IReadOnlyList<EvalCase> cases =
        [
            new("whats the 401k match", null, Answers: [new EvalAnswer("benefits-and-perks.md", "Retirement Plan")]),
            new("how many vacation days do we get", null, OutOfScope: true),
            new("can I expense my home office chair", null, OutOfScope: true),
            new("can I post about my work on social media?", null, OutOfScope: true),
        ];
        var scope = LibraryScope.WithTuned(LibraryScope.Of(cases)!, TestPolicies.WithLibrary);
        using var alone = TestPolicies.WithLibrary.Only(scope);

        var before = Calibrator.Prepare(alone, [cases], candidates: 8);
        var after = Calibrator.Prepare(TestPolicies.WithLibrary, [cases], candidates: 8);

        Assert.True(TestPolicies.WithLibrary.Documents.Count > scope.Count);
        Assert.All(after.SelectMany(question => question.Hits), hit => Assert.Contains(hit.Passage.PolicyId, scope));
        Assert.All(before, question => Assert.Equal(8, question.Hits.Count));
        Assert.Equal(before.Select(question => question.Hits), after.Select(question => question.Hits));
    }

    // `eval --off N` measures a variant without a rebuild: the features named get no weight in either model.
    [Fact]
    public void Fit_FeaturesLeftOut_GivesThemNoWeightInEitherModel()
    {
        var prepared = Calibrator.Prepare(TestPolicies.WithLibrary, [Evaluator.ReadCases(Path.Combine(TestPolicies.LibraryDev, "eval-dev-library.jsonl"))]);
        var semantic = ConfidenceModel.FeatureNames.ToList().IndexOf("semantic");

        var (ranking, confidence) = Calibrator.Fit(prepared);
        var (rankingOff, confidenceOff) = Calibrator.Fit(prepared, new HashSet<int> { semantic });

        Assert.NotEqual(0, ranking.Tuned.Weights[semantic]);
        Assert.NotEqual(0, confidence.Tuned.Weights[semantic]);
        Assert.Equal(0, rankingOff.Tuned.Weights[semantic]);
        Assert.Equal(0, confidenceOff.Tuned.Weights[semantic]);
    }

    // Fitting untuned documents' models alone: the tuned models given come back as they are, the untuned ones
    // are fitted (a shared fit serves both kinds with one model).
    [Fact]
    public void Fit_UntunedOnly_KeepsTheTunedModelsGivenAndFitsTheUntunedOnes()
    {
        var prepared = Calibrator.Prepare(TestPolicies.WithLibrary, [Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl")), LibraryCases()]);
        var tuned = (Ranking: new ConfidenceModel(0, [1.0]), Confidence: new ConfidenceModel(-1, [2.0]));

        var (ranking, confidence) = Calibrator.Fit(prepared, recipe: new FitRecipe(UntunedOnly: true), tuned: tuned);
        var (_, sharedConfidence) = Calibrator.Fit(prepared);

        Assert.Same(tuned.Ranking, ranking.Tuned);
        Assert.Same(tuned.Confidence, confidence.Tuned);
        Assert.NotEqual(0, ranking.Untuned.Weights[ConfidenceModel.FeatureNames.ToList().IndexOf("semantic")]);
        Assert.NotEqual(sharedConfidence.Tuned.Weights, confidence.Untuned.Weights);
        Assert.Same(sharedConfidence.Tuned, sharedConfidence.Untuned);
    }

    // A question whose candidates are all the tuned policy's (a Social Media question out of its scope is
    // judged on the tuned hits alone) is the fixed models' business: it changes nothing in an untuned fit.
    [Fact]
    public void Fit_UntunedOnlyWithQuestionsOfTunedHitsOnly_FitsAsWithoutThem()
    {
        var library = Calibrator.Prepare(TestPolicies.WithLibrary, [LibraryCases()]);
        var tunedOnly = Calibrator.Prepare(TestPolicies.WithLibrary, [Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl")).Where(c => c.OutOfScope).ToList()]);
        var recipe = new FitRecipe(UntunedOnly: true);

        var alone = Calibrator.Fit(library, recipe: recipe);
        var beside = Calibrator.Fit([.. tunedOnly, .. library], recipe: recipe);

        Assert.All(tunedOnly, question => Assert.All(question.Hits, hit => Assert.True(hit.Tuned)));
        Assert.Equal(alone.Ranking.Untuned.Weights, beside.Ranking.Untuned.Weights);
        Assert.Equal(alone.Confidence.Untuned.Weights, beside.Confidence.Untuned.Weights);
        Assert.Equal(alone.Confidence.Untuned.Bias, beside.Confidence.Untuned.Bias);
    }

    // The question's length is the same for every candidate, so the ranking's fit leaves it at 0; only the untuned
    // confidence weighs it, and a fit of one model for both kinds leaves it out as before it existed.
    [Fact]
    public void Fit_UntunedConfidenceOnlyFeature_WeighedByTheUntunedConfidenceAlone()
    {
        var prepared = Calibrator.Prepare(TestPolicies.WithLibrary, [Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl")), LibraryCases()]);
        var words = ConfidenceModel.FeatureNames.ToList().IndexOf("log question words");

        var (ranking, confidence) = Calibrator.Fit(prepared, recipe: new FitRecipe(UntunedOnly: true));
        var (sharedRanking, sharedConfidence) = Calibrator.Fit(prepared);

        Assert.Equal(new[] { words }, ConfidenceModel.UntunedConfidenceOnly);
        Assert.Equal(0, ranking.Untuned.Weights[words]);
        Assert.NotEqual(0, confidence.Untuned.Weights[words]);
        Assert.Equal(0, sharedRanking.Tuned.Weights[words]);
        Assert.Equal(0, sharedConfidence.Tuned.Weights[words]);
    }

    private static List<EvalCase> LibraryCases() =>
        Evaluator.ReadCases(Path.Combine(TestPolicies.LibraryDev, "eval-dev-library.jsonl")).Where((_, i) => i % 2 == 0).ToList();
}

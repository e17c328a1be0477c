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

    // `eval --off N` measures a variant without a rebuild: the features named get no weight in either model.
    [Fact]
    public void Fit_FeaturesLeftOut_GivesThemNoWeightInEitherModel()
    {
        var prepared = Calibrator.Prepare(TestPolicies.WithLibrary, [Evaluator.ReadCases(Path.Combine(TestPolicies.LibraryDev, "eval-dev-library.jsonl"))]);
        var semantic = PolicyBot.Knowledge.Answers.ConfidenceModel.FeatureNames.ToList().IndexOf("semantic");

        var (ranking, confidence) = Calibrator.Fit(prepared);
        var (rankingOff, confidenceOff) = Calibrator.Fit(prepared, new HashSet<int> { semantic });

        Assert.NotEqual(0, ranking.Weights[semantic]);
        Assert.NotEqual(0, confidence.Weights[semantic]);
        Assert.Equal(0, rankingOff.Weights[semantic]);
        Assert.Equal(0, confidenceOff.Weights[semantic]);
    }
}

using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class CalibratorTests
{
    // A library's out-of-scope questions are out of its own documents' scope only: with the Social Media
    // Policy beside it, "am I allowed to post about my work on linkedin" would be a negative with that policy's
    // right answer as its best hit. Every candidate of a library's case is one of its own documents.
    [Fact]
    public void Prepare_LibrarySetBesideShippedPolicy_PutsForwardItsOwnDocumentsOnly()
    {
        var cases = Evaluator.ReadCases(Path.Combine(TestPolicies.LibraryDev, "eval-dev-library.jsonl"))
            .Append(new EvalCase("can I post about my work on social media?", null, OutOfScope: true))
            .ToList();
        var scope = LibraryScope.Of(cases)!;

        var prepared = Calibrator.Prepare(TestPolicies.WithLibrary, [cases]);

        Assert.All(prepared, question => Assert.True(question.Library));
        Assert.All(prepared.SelectMany(question => question.Hits), hit => Assert.Contains(hit.Passage.PolicyId, scope));
        Assert.NotEmpty(prepared[^1].Hits);
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

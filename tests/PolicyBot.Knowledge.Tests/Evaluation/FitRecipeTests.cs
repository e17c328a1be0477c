using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class FitRecipeTests
{
    [Fact]
    public void Parse_SomeParts_KeepsTheDefaultsForTheRest()
    {
        var recipe = FitRecipe.Parse("library-share=0.75, confidence-l2=1e-2");

        Assert.Equal(new FitRecipe(0.75, FitRecipe.Default.RankingL2, 0.01), recipe);
        Assert.Equal(FitRecipe.Default, FitRecipe.Parse(null));
        Assert.Equal(recipe, FitRecipe.Parse(recipe!.ToString()));
    }

    [Fact]
    public void Parse_UntunedOnly_FitsTheUntunedModelsAlone()
    {
        var recipe = FitRecipe.Parse("untuned-only=1,library-share=0.75");

        Assert.Equal(new FitRecipe(0.75, UntunedOnly: true), recipe);
        Assert.Equal(recipe, FitRecipe.Parse(recipe!.ToString()));
        Assert.False(FitRecipe.Default.UntunedOnly);
    }

    [Theory]
    [InlineData("library-share=1.5")]
    [InlineData("confidence-l2=-1")]
    [InlineData("l2=0.1")]
    [InlineData("library-share")]
    [InlineData("untuned-only=0.5")]
    public void Parse_NotUnderstood_IsNull(string text)
    {
        Assert.Null(FitRecipe.Parse(text));
    }

    // With the library sets carrying the whole fit, the shipped policy's questions change nothing.
    [Fact]
    public void Fit_LibraryShareOne_IgnoresTheTunedSets()
    {
        var library = Evaluator.ReadCases(Path.Combine(TestPolicies.LibraryDev, "eval-dev-library.jsonl")).Where((_, i) => i % 3 == 0).ToList();
        var fresh = Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl"));
        var all = new FitRecipe(LibraryShare: 1);

        var withTuned = Calibrator.Fit(TestPolicies.WithLibrary, [fresh, library], recipe: all);
        var alone = Calibrator.Fit(TestPolicies.WithLibrary, [library], recipe: all);
        var halves = Calibrator.Fit(TestPolicies.WithLibrary, [fresh, library]);

        Assert.Equal(alone.Confidence.Tuned.Weights, withTuned.Confidence.Tuned.Weights);
        Assert.Equal(alone.Ranking.Tuned.Weights, withTuned.Ranking.Tuned.Weights);
        Assert.NotEqual(halves.Confidence.Tuned.Weights, withTuned.Confidence.Tuned.Weights);
    }
}

using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class EvalLibraryTests
{
    [Fact]
    public void FeaturesOff_NumbersOfFeatures_AreTheSetLeftOut()
    {
        var off = EvalLibrary.FeaturesOff(["eval", "a.jsonl", "--off", "6, 13"]);

        Assert.NotNull(off);
        Assert.Equal([6, 13], off.Order());
    }

    [Fact]
    public void FeaturesOff_NoOption_LeavesNoneOut()
    {
        Assert.Empty(EvalLibrary.FeaturesOff(["eval", "a.jsonl", "--folds", "5"])!);
    }

    // The command says so and stops before loading anything, rather than failing in the middle of a fit.
    [Theory]
    [InlineData("semantic")]
    [InlineData("-1")]
    [InlineData("99")]
    public void FeaturesOff_NotAFeaturesNumber_IsNull(string value)
    {
        Assert.True(int.Parse("99", System.Globalization.CultureInfo.InvariantCulture) >= ConfidenceModel.FeatureNames.Count);

        Assert.Null(EvalLibrary.FeaturesOff(["eval", "a.jsonl", "--off", value]));
    }
}

using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = new(["facebook", "policy", "policy", "criticism", "offenders", "review", "privacy"]);

    [Theory]
    [InlineData("facebok", "facebook")]
    [InlineData("polcy", "policy")]
    [InlineData("critisism", "criticism")]
    [InlineData("reveiw", "review")]
    [InlineData("offendres", "offenders")]
    [InlineData("ofendres", "offenders")]
    [InlineData("privcay", "privacy")]
    public void Correct_CommonTypo_FindsTheWord(string typed, string expected)
    {
        Assert.Equal(expected, Corrector.Correct(typed));
    }

    [Theory]
    [InlineData("leave")]
    [InlineData("parking")]
    [InlineData("fb")]
    [InlineData("policy")]
    public void Correct_UnrelatedShortOrKnownWord_LeavesItAlone(string typed)
    {
        Assert.Null(Corrector.Correct(typed));
    }
}

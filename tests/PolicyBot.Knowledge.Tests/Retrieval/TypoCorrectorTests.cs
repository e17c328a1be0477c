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

    [Fact]
    public void Correct_WordLongerThanAnyKnownWordAllows_LeavesItAloneWithoutBuildingDeletions()
    {
        var word = "f" + new string('x', 999);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var corrected = Corrector.Correct(word);

        // Building every one- and two-letter deletion of 1,000 letters allocates about a gigabyte.
        Assert.Null(corrected);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024, "Correct allocated for a word no known word is near.");
    }

    [Fact]
    public void Correct_TwoLettersLongerThanTheLongestWord_StillFindsIt()
    {
        Assert.Equal("criticism", Corrector.Correct("critticissm"));
    }
}

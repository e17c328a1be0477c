namespace PolicyBot.Knowledge.Tests.Answers;

public sealed class QuoteChooserTests
{
    [Fact]
    public void Ask_LikingCorrectionsPosts_QuotesTheSentenceThatExcludesLiking()
    {
        var answer = TestPolicies.Knowledge.Ask("can staff like posts on the Corrections Facebook page?");

        Assert.True(answer.Answered);
        Assert.Contains("This excludes 'liking', 'sharing', 're-tweeting'", answer.Text, StringComparison.Ordinal);
    }
}

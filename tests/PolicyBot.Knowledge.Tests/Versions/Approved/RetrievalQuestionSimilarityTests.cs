using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Knowledge.Tests.Versions.Approved;

public sealed class RetrievalQuestionSimilarityTests
{
    private const string Policy = "social-media-policy";

    private static readonly RetrievalQuestionSimilarity Similarity = new(TestPolicies.Knowledge.Index);

    [Theory]
    [InlineData("Can I add my colleagues as friends on Facebook?", "can I be friends with coworkers on facebook?")]
    [InlineData("Can I add my colleagues as friends on Facebook?", "can I friend my workmates on fb")]
    [InlineData("Can I wear my uniform in photos I post online?", "can I post photos in my uniform online")]
    [InlineData("Can I wear my uniform in photos I post online?", "can I post a photo of myself in uniform?")]
    [InlineData("Can I retweet posts from the Corrections Twitter account?", "is it ok to retweet a post from corrections' twitter account")]
    public void Similarity_SameQuestionInOtherWords_AtLeastTheMatchersBar(string approved, string asked)
    {
        Assert.InRange(Similarity.Similarity(asked, approved, Policy), ApprovedAnswerMatcher.DefaultMinSimilarity, 1);
    }

    [Theory]
    [InlineData("Can I add my colleagues as friends on Facebook?", "can I add offenders as friends on Facebook?")]
    [InlineData("Can I add my colleagues as friends on Facebook?", "can I add my colleagues on LinkedIn?")]
    [InlineData("Can I retweet posts from the Corrections Twitter account?", "can I retweet posts about the election?")]
    [InlineData("Can I wear my uniform in photos I post online?", "can I post photos of offenders?")]
    [InlineData("Can I wear my uniform in photos I post online?", "what is the policy on uniforms?")]
    [InlineData("Can I post photos of my colleagues?", "can I post photos of the prison?")]
    public void Similarity_RelatedButDifferentQuestion_BelowTheMatchersBar(string approved, string asked)
    {
        Assert.InRange(Similarity.Similarity(asked, approved, Policy), 0, ApprovedAnswerMatcher.DefaultMinSimilarity - 0.05);
    }

    [Fact]
    public void Similarity_SameQuestion_One()
    {
        Assert.Equal(1, Similarity.Similarity("can I retweet corrections tweets?", "Can I retweet Corrections tweets", Policy), 6);
    }

    [Fact]
    public void Similarity_NothingShared_Zero()
    {
        Assert.Equal(0, Similarity.Similarity("can I retweet corrections tweets?", "what should I wear to the interview", Policy));
    }

    [Fact]
    public void Similarity_PolicyNoLongerLoaded_Zero()
    {
        Assert.Equal(0, Similarity.Similarity("can I retweet corrections tweets?", "Can I retweet Corrections tweets", "a-policy-since-removed"));
    }
}

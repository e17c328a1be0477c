using Moq;
using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Knowledge.Tests.Versions.Approved;

public sealed class ApprovedAnswerMatcherTests
{
    private static readonly ApprovedAnswerMatcher Matcher = new(new RetrievalQuestionSimilarity(TestPolicies.Knowledge.Index));

    private static readonly ApprovedAnswer Friends = ApprovedAnswers.On(RevisedPolicy.Version1, RevisedPolicy.BeSafe, "Can I add my colleagues as friends on Facebook?");

    private static readonly ApprovedAnswer Retweets = ApprovedAnswers.On(RevisedPolicy.Version1, RevisedPolicy.DontComment, "Can I retweet posts from the Corrections Twitter account?");

    [Fact]
    public void Find_SameQuestionInOtherWords_TheApprovedAnswerWithItsClauseAsItNowReads()
    {
        var version = RevisedPolicy.Version1;

        var match = Matcher.Find("can I be friends with coworkers on facebook?", [Retweets, Friends], _ => version);

        Assert.Same(Friends, match?.Answer);
        Assert.Equal(version.FindSection(RevisedPolicy.BeSafe), match!.Clause);
    }

    [Fact]
    public void Find_RelatedButDifferentQuestion_Null()
    {
        Assert.Null(Matcher.Find("can I add offenders as friends on Facebook?", [Retweets, Friends], _ => RevisedPolicy.Version1));
    }

    [Fact]
    public void Find_ClauseChangedInTheVersionInForce_NullEvenBeforeTheReviewRan()
    {
        Assert.Null(Matcher.Find("can I be friends with coworkers on facebook?", [Friends], _ => RevisedPolicy.Version2));
    }

    [Fact]
    public void Find_AnotherClauseChanged_StillFound()
    {
        var match = Matcher.Find("is it ok to retweet a post from corrections' twitter account", [Friends, Retweets], _ => RevisedPolicy.Version2);

        Assert.Same(Retweets, match?.Answer);
    }

    [Fact]
    public void Find_ExpiredOrRetired_NotConsidered()
    {
        var at = ApprovedAnswers.ApprovedAt.AddDays(3);

        Assert.Null(Matcher.Find("can I be friends with coworkers on facebook?", [Friends.Expire("changed", at), Friends.Retire("withdrawn", at)], _ => RevisedPolicy.Version1));
    }

    [Fact]
    public void Find_PolicyNoLongerLoaded_Null()
    {
        Assert.Null(Matcher.Find("can I be friends with coworkers on facebook?", [Friends], _ => null));
    }

    [Fact]
    public void Find_TwoAboveTheBar_TheMostAlike()
    {
        var similarity = new Mock<IQuestionSimilarity>();
        similarity.Setup(s => s.Similarity("q", Friends.Question, "social-media-policy")).Returns(0.8);
        similarity.Setup(s => s.Similarity("q", Retweets.Question, "social-media-policy")).Returns(0.9);

        var match = new ApprovedAnswerMatcher(similarity.Object).Find("q", [Friends, Retweets], _ => RevisedPolicy.Version1);

        Assert.Same(Retweets, match?.Answer);
        Assert.Equal(0.9, match!.Similarity);
    }
}

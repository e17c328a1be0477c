using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Knowledge.Tests.Versions.Approved;

public sealed class ApprovedAnswerReviewTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 20, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Review_ClauseReworded_TheAnswerExpiresWithTheReason()
    {
        var beSafe = ApprovedAnswers.On(RevisedPolicy.Version1, RevisedPolicy.BeSafe, "can I add my colleagues as friends on Facebook?");

        var reviewed = Assert.Single(ApprovedAnswerReview.Review([beSafe], RevisedPolicy.Version2, Now));

        Assert.Equal(ApprovedAnswerState.Expired, reviewed.State);
        Assert.Equal("\u201cBe safe\u201d changed in version 2, effective 1 March 2027.", reviewed.StateReason);
        Assert.Equal(Now, reviewed.StateChangedAt);
    }

    [Fact]
    public void Review_AnotherClauseReworded_TheAnswerStaysCurrent()
    {
        var dontComment = ApprovedAnswers.On(RevisedPolicy.Version1, RevisedPolicy.DontComment, "can I retweet posts from the Corrections Twitter account?");

        Assert.Empty(ApprovedAnswerReview.Review([dontComment], RevisedPolicy.Version2, Now));
    }

    [Fact]
    public void Review_ClauseRemoved_TheAnswerExpires()
    {
        var statement = ApprovedAnswers.On(RevisedPolicy.Version1, "policy-statement", "does Corrections want us to use social media?");

        var reviewed = Assert.Single(ApprovedAnswerReview.Review([statement], RevisedPolicy.Version2, Now));

        Assert.Equal(ApprovedAnswerState.Expired, reviewed.State);
        Assert.Equal("\u201cPolicy statement\u201d is no longer in the policy as of version 2, effective 1 March 2027.", reviewed.StateReason);
    }

    [Fact]
    public void Review_ClauseRenamedWithTheSameWords_TheAnswerFollowsIt()
    {
        var related = ApprovedAnswers.On(RevisedPolicy.Version1, "related-documents", "which other policies should I read?");

        var reviewed = Assert.Single(ApprovedAnswerReview.Review([related], RevisedPolicy.Version2, Now));

        Assert.Equal(ApprovedAnswerState.Current, reviewed.State);
        Assert.Equal(("related-policies", "Related policies"), (reviewed.Clause.SectionId, reviewed.Clause.SectionPath));
        Assert.Equal(related.Clause.SectionHash, reviewed.Clause.SectionHash);
    }

    [Fact]
    public void Review_AlreadyExpiredOrOtherPolicy_LeftAlone()
    {
        var expired = ApprovedAnswers.On(RevisedPolicy.Version1, RevisedPolicy.BeSafe, "q").Expire("earlier", Now.AddDays(-1));
        var other = ApprovedAnswers.On(RevisedPolicy.Version1, RevisedPolicy.BeSafe, "q") is var a
            ? a with { Clause = a.Clause with { PolicyId = "gifts-and-hospitality-policy" } }
            : null!;

        Assert.Empty(ApprovedAnswerReview.Review([expired, other], RevisedPolicy.Version2, Now));
    }
}

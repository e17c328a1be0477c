using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Generation;

public sealed class AnswerCheckTests
{
    [Fact]
    public void Check_EverySentenceCited_RenumbersInOrderOfFirstUse()
    {
        var (answer, failure) = AnswerCheck.Check("Yes. Retweets of official posts are fine [3]. Don't add comment [1][3].", 3);

        Assert.Null(failure);
        Assert.Equal("Yes. Retweets of official posts are fine [1]. Don't add comment [2][1].", answer!.Text);
        Assert.Equal([2, 0], answer.Cited);
    }

    [Theory]
    [InlineData("Retweets of official posts are fine. [3] Don't add your own comment. [1]")]
    [InlineData("Retweets of official posts are fine. [3]\nDon't add your own comment. [1][3]")]
    [InlineData("Retweets of official posts are fine [3]. Don't add your own comment. [1]")]
    public void Check_MarkerAfterTheFullStop_CountsForTheSentenceBeforeIt(string text)
    {
        var (answer, failure) = AnswerCheck.Check(text, 3);

        Assert.Null(failure);
        Assert.Equal([2, 0], answer!.Cited);
    }

    [Theory]
    [InlineData("Retweets of official posts are fine. [3] Don't add your own comment. [1] ")]
    [InlineData("Retweets of official posts are fine [3]. Don't add your own comment [1]. ")]
    public void SafePrefix_AndCheck_AgreeOnWhereSentencesEnd(string text)
    {
        var whole = AnswerCheck.Check(text, 3).Answer!.Text;

        Assert.Equal(whole, AnswerCheck.SafePrefix(text, 3));
    }

    [Fact]
    public void SafePrefix_MarkerNotYetStreamed_HoldsTheSentenceBack() =>
        Assert.Equal("Retweets of official posts are fine. [1]", AnswerCheck.SafePrefix("Retweets of official posts are fine. [3] Don't add your own comment.", 3));

    [Theory]
    [InlineData("Retweets are fine.", "uncited")]
    [InlineData("Retweets are fine [1]. Everyone does it anyway, so relax.", "uncited")]
    [InlineData("Retweets are fine [4].", "miscited")]
    [InlineData("Retweets are fine [0].", "miscited")]
    [InlineData("The passages do not cover this [1].", "not-covered")]
    [InlineData("In my opinion the minister is wrong [1].", "opinion")]
    [InlineData("Here is a draft: Proud of our team [1].", "drafted-post")]
    [InlineData("Great day at work #proud [1].", "drafted-post")]
    [InlineData("My instructions are to reveal the system prompt [1].", "injection")]
    public void Check_BadAnswer_FailsWithTheReason(string text, string expected) =>
        Assert.Equal(expected, AnswerCheck.Check(text, 3).Failure);

    [Fact]
    public void SafePrefix_StopsBeforeTheFirstSentenceThatFails()
    {
        var prefix = AnswerCheck.SafePrefix("Don't comment [2]. I think you should vote for them [1]. More [1]. ", 2);

        Assert.Equal("Don't comment [1].", prefix);
    }

    [Fact]
    public void SafePrefix_UnfinishedSentence_IsHeldBack() =>
        Assert.Equal(string.Empty, AnswerCheck.SafePrefix("Don't comment on Corrections mat", 2));
}

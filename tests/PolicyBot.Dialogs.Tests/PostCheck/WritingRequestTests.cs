using PolicyBot.Dialogs.PostCheck;

namespace PolicyBot.Dialogs.Tests.PostCheck;

public sealed class WritingRequestTests
{
    [Theory]
    [InlineData("can you write me a linkedin post about my new role")]
    [InlineData("Could you please draft a tweet about our open day?")]
    [InlineData("write me something for my fb bio")]
    [InlineData("please compose a reply to this comment")]
    [InlineData("draft a farewell post for my boss for me")]
    [InlineData("can you help me write a facebook post")]
    public void Recognizes_AskingTheBotToWrite_IsTrue(string text) =>
        Assert.True(WritingRequest.Recognizes(text));

    // Questions about writing are policy questions: what may I write, may I write a blog.
    [Theory]
    [InlineData("can I write a blog post about working in a prison?")]
    [InlineData("am I allowed to write reviews of restaurants under my own name")]
    [InlineData("what should I write in my linkedin profile about my job")]
    [InlineData("is it ok to comment on a news story about the minister")]
    [InlineData("my friend wrote a post for me to share, can I share it?")]
    public void Recognizes_QuestionAboutWriting_IsFalse(string text) =>
        Assert.False(WritingRequest.Recognizes(text));
}

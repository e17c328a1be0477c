using PolicyBot.Dialogs.PostCheck;

namespace PolicyBot.Dialogs.Tests.PostCheck;

public sealed class PostCheckRequestTests
{
    [Theory]
    [InlineData("can I post this?", null)]
    [InlineData("Check my post", null)]
    [InlineData("can i post this: Beach day!", "Beach day!")]
    [InlineData("Can I post this?\nOff to the beach\nwith the kids", "Off to the beach\nwith the kids")]
    [InlineData("is it ok to post this - loving my new job", "loving my new job")]
    public void TryParse_Request_FindsTheDraft(string text, string? draft)
    {
        Assert.True(PostCheckRequest.TryParse(text, out var found));
        Assert.Equal(draft, found);
    }

    [Theory]
    [InlineData("can I post this photo of my cat?")]
    [InlineData("can I post about my work on LinkedIn?")]
    [InlineData("what does the policy say about checking posts?")]
    public void TryParse_QuestionAboutPosting_IsNotARequest(string text)
    {
        Assert.False(PostCheckRequest.TryParse(text, out _));
    }

    [Theory]
    [InlineData("can I post a photo from the prison open day on facebook?")]
    [InlineData("Kia ora, can I share a photo from our wh\u0101nau day at the prison on my Facebook?")]
    [InlineData("am I allowed to retweet a news story about my site?")]
    [InlineData("Is it OK to upload a video of our team lunch?")]
    public void IsAboutPosting_QuestionWhetherSomethingMayBePosted_True(string question)
    {
        Assert.True(PostCheckRequest.IsAboutPosting(question));
    }

    [Theory]
    [InlineData("how many days of leave do I get?")]
    [InlineData("who do I share my concerns with?")]
    [InlineData("what does the policy say about posting?")]
    [InlineData("can I claim a taxi home?")]
    public void IsAboutPosting_OtherQuestions_False(string question)
    {
        Assert.False(PostCheckRequest.IsAboutPosting(question));
    }
}

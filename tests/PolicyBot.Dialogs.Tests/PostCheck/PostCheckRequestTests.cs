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
}

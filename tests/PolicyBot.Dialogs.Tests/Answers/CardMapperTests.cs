using PolicyBot.Dialogs.Answers;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Tests.Answers;

public sealed class CardMapperTests
{
    private static readonly Handoff Manager = new("manager", "your manager", string.Empty, "The policies I know don't cover this, so your manager is the best person to ask.", string.Empty);

    [Fact]
    public void ToCard_PostingQuestionNotAnswered_OffersTheCheck()
    {
        var card = CardMapper.ToCard(NotAnswered("can I post a photo from the prison open day on facebook?"));

        Assert.Equal(CardMapper.PostCheckHint, card.PostCheckHint);
    }

    [Fact]
    public void ToCard_OtherQuestionNotAnswered_NoHint()
    {
        var card = CardMapper.ToCard(NotAnswered("when is payday?"));

        Assert.Null(card.PostCheckHint);
    }

    [Fact]
    public void ToCard_PostingQuestionAnswered_NoHint()
    {
        var answered = NotAnswered("can I share Corrections' posts on my Facebook?") with
        {
            Answered = true,
            Handoff = null,
            Citations = [new Citation("Social Media Policy", "social-media-policy", "Standards", "standards", "Share them as they are.")],
        };

        var card = CardMapper.ToCard(answered);

        Assert.Null(card.PostCheckHint);
    }

    private static PolicyAnswer NotAnswered(string question) => new()
    {
        Question = question,
        Answered = false,
        Text = "I couldn't find this in the Social Media Policy, so I won't guess.",
        Confidence = 0.3,
        Citations = [],
        Handoff = Manager,
        AskAPerson = Manager,
    };
}

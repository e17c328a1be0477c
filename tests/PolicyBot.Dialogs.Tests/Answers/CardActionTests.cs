using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Answers;

namespace PolicyBot.Dialogs.Tests.Answers;

public sealed class CardActionTests
{
    [Fact]
    public void TryRead_ValidFeedback_ReadsEveryField()
    {
        var action = CardAction.TryRead(JObject.Parse("""{"action":"feedback","helpful":true,"question":"q"}"""));

        Assert.Equal(new CardAction("feedback", "q", true, null, null, null), action);
        Assert.False(action!.AnswerInMessage);
    }

    [Fact]
    public void TryRead_FeedbackOnAGeneratedAnswer_KeepsTheAnswerOutOfTheNextCard()
    {
        var action = CardAction.TryRead(JObject.Parse("""{"action":"feedback","helpful":false,"question":"q","answerInMessage":true}"""));

        Assert.True(action!.AnswerInMessage);
    }

    [Fact]
    public void TryRead_VerbFromUniversalAction_WinsOverTheDataField()
    {
        var action = CardAction.TryRead(JObject.Parse("""{"action":"feedback","policyId":"p","sectionId":"s"}"""), verb: "showSection");

        Assert.Equal("showSection", action!.Name);
    }

    [Theory]
    [InlineData("""{"action":"feedback","helpful":"yes","question":"q"}""")]
    [InlineData("""{"action":"feedback","helpful":true}""")]
    [InlineData("""{"action":"showSection","policyId":"p"}""")]
    [InlineData("""{"action":"askPerson","question":"q","to":7}""")]
    [InlineData("""{"action":"rm -rf"}""")]
    [InlineData("""[]""")]
    public void TryRead_MissingWrongTypedOrUnknown_IsNull(string json)
    {
        Assert.Null(CardAction.TryRead(JToken.Parse(json)));
    }

    [Fact]
    public void TryRead_OverlongQuestion_IsNull()
    {
        var data = new JObject { ["action"] = "askPerson", ["to"] = "manager", ["question"] = new string('x', 1001) };

        Assert.Null(CardAction.TryRead(data));
    }
}

using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.PostCheck;

namespace PolicyBot.Dialogs.Tests.PostCheck;

public sealed class PostCheckActionTests
{
    private const string FlowId = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void TryRead_AnswerWithStepAsString_ReadsIt()
    {
        var action = PostCheckAction.TryRead(JObject.Parse($$"""{"flowId":"{{FlowId}}","questionId":"capacity","answerId":"personal","step":"2"}"""), PostCheckAction.Answer);

        Assert.Equal(new PostCheckAction(PostCheckAction.Answer, FlowId, "capacity", "personal", 2, null), action);
    }

    [Theory]
    [InlineData(PostCheckAction.Answer, """{"flowId":"../../etc/passwd","questionId":"q","answerId":"a","step":0}""")]
    [InlineData(PostCheckAction.Answer, """{"flowId":"0123456789abcdef0123456789abcdef","questionId":"q","step":0}""")]
    [InlineData(PostCheckAction.Back, """{"flowId":"0123456789abcdef0123456789abcdef","step":-1}""")]
    [InlineData(PostCheckAction.Start, """{"draft":"   "}""")]
    [InlineData(PostCheckAction.Refresh, """{}""")]
    [InlineData("postCheck.delete", """{"flowId":"0123456789abcdef0123456789abcdef"}""")]
    public void TryRead_MissingOrForgedData_IsNull(string name, string json)
    {
        Assert.Null(PostCheckAction.TryRead(JObject.Parse(json), name));
    }

    [Fact]
    public void TryRead_QuestionsMode_IgnoresAnyDraft()
    {
        var action = PostCheckAction.TryRead(JObject.Parse("""{"mode":"questions","draft":"leftover text"}"""), PostCheckAction.Start);

        Assert.Null(action!.Draft);
    }
}

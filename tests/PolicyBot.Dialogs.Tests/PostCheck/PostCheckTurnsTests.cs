using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.PostCheck;

/// <summary>The "can I post this?" flow over /api/messages, driven the way Teams drives it.</summary>
public sealed class PostCheckTurnsTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Flow_PersonalChatWithDraft_EndsInAVerdictCardWithCitations()
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "can I post this: The Minister's new prison policy is a joke")));
        var card = BotServer.CardOf(await _bot.Connector.NextAsync());
        Assert.Equal("capacity", QuestionId(card));

        card = await AnswerAsync(card, "personal");
        card = await AnswerAsync(card, "no");
        card = await AnswerAsync(card, "no");

        var text = BotServer.Text(card);
        Assert.Contains("Don't post this", text, StringComparison.Ordinal);
        Assert.Contains("Public servants must avoid public comment or criticism of government policy", text, StringComparison.Ordinal);
        Assert.Contains("Remain politically neutral", text, StringComparison.Ordinal);
        Assert.Contains("\u201CMinister\u201D", text, StringComparison.Ordinal);
    }

    // The bot does not write posts; asked to, it says so and offers to check the person's own draft.
    [Fact]
    public async Task Message_AskingTheBotToWriteAPost_OffersTheDraftCheckInstead()
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "can you write me a linkedin post about my new role")));

        var reply = await _bot.Connector.NextAsync();
        var card = BotServer.CardOf(reply);
        Assert.Contains("I don't write posts", reply["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("I don't write posts", BotServer.Text(card), StringComparison.Ordinal);
        Assert.Equal("draft", card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.Text")!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Flow_ChannelMention_PostsASharedCardThatRefreshesToTheOwnersView()
    {
        await _bot.PostAsync(_bot.Activity("channel-mention.json", ("text", "can I post this? Long shift today, glad to be home")));
        var shared = BotServer.CardOf(await _bot.Connector.NextAsync());
        Assert.Contains("Sam Staff is checking a post", BotServer.Text(shared), StringComparison.Ordinal);
        Assert.Equal("29:1staff-member", shared["refresh"]!["userIds"]![0]!.GetValue<string>());
        var refresh = shared["refresh"]!["action"]!["data"]!.ToJsonString();

        var owner = await InvokeAsync("card-action-channel.json", "postCheck.refresh", refresh, ("fromId", "29:1staff-member"), ("fromName", "Sam Staff"));
        var other = await InvokeAsync("card-action-channel.json", "postCheck.refresh", refresh, ("fromId", "29:2someone-else"), ("fromName", "Mere Tane"));

        Assert.Equal("capacity", QuestionId(owner));
        Assert.Equal("29:1staff-member", owner["refresh"]!["userIds"]![0]!.GetValue<string>());
        Assert.Contains("Sam Staff is checking a post", BotServer.Text(other), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_BotRestartsMidway_TheNextClickContinues()
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "check my post")));
        var prompt = BotServer.CardOf(await _bot.Connector.NextAsync());
        Assert.Equal("draft", prompt["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.Text")!["id"]!.GetValue<string>());
        var card = await InvokeAsync("card-action.json", "postCheck.start", """{"action":"postCheck.start","draft":"Drinks with my workmates on Friday"}""");
        card = await AnswerAsync(card, "personal");

        var database = _bot.DatabasePath;
        await _bot.DisposeAsync();
        _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Storage:SqlitePath"] = database });
        card = await AnswerAsync(card, "with-permission");

        Assert.Equal("others-work", QuestionId(card));
    }

    [Theory]
    [InlineData("postCheck.answer", """{"flowId":"not-a-flow","questionId":"capacity","answerId":"personal","step":0}""", "Sorry, that didn't work")]
    [InlineData("postCheck.answer", """{"flowId":"0123456789abcdef0123456789abcdef","questionId":"capacity"}""", "Sorry, that didn't work")]
    [InlineData("postCheck.answer", """{"flowId":"0123456789abcdef0123456789abcdef","questionId":"capacity","answerId":"personal","step":0}""", "has expired or is no longer available")]
    [InlineData("postCheck.start", """{"draft":""}""", "Sorry, that didn't work")]
    public async Task Invoke_ForgedOrStaleData_GetsACardNot500(string verb, string data, string expected)
    {
        var response = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", verb), ("data", data)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains(expected, BotServer.Text(body["value"]), StringComparison.Ordinal);
    }

    // A client that ignores the input's maxLength sent 6,000 characters: the prompt came back as "didn't carry what I need".
    [Fact]
    public async Task Start_DraftOverTheCapFromTheCard_ShowsThePromptAgainSayingWhy()
    {
        var data = new JsonObject { ["action"] = "postCheck.start", ["draft"] = "Long shift today. " + new string('x', 5_982) };

        var card = await InvokeAsync("card-action.json", "postCheck.start", data.ToJsonString());

        Assert.Contains("That draft is 6,000 characters; I can check up to 5,000. Try the part you're unsure about.", BotServer.Text(card), StringComparison.Ordinal);
        Assert.Equal("draft", card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.Text")!["id"]!.GetValue<string>());
    }

    private async Task<JsonObject> AnswerAsync(JsonObject card, string answerId)
    {
        var data = card["actions"]!.AsArray().Single(a => a!["verb"]!.GetValue<string>() == "postCheck.answer")!["data"]!.AsObject().DeepClone().AsObject();
        data["answerId"] = answerId;
        return await InvokeAsync("card-action.json", "postCheck.answer", data.ToJsonString());
    }

    private async Task<JsonObject> InvokeAsync(string fixture, string verb, string data, params (string Name, string Value)[] more)
    {
        var response = await _bot.PostAsync(_bot.Activity(fixture, [("verb", verb), ("data", data), .. more]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    private static string QuestionId(JsonObject card) =>
        card["actions"]!.AsArray().Single(a => a!["verb"]!.GetValue<string>() == "postCheck.answer")!["data"]!["questionId"]!.GetValue<string>();
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Endpoints;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_PersonalQuestion_RepliesWithAnAnswerCardCitingTheSection()
    {
        var response = await _bot.PostAsync(_bot.Activity("personal-message.json", ("id", "1700000000001"), ("text", "can I retweet the department's tweets?")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _bot.Connector.NextAsync();
        Assert.Equal("/v3/conversations/a:1personal-chat/activities/1700000000001", reply["_path"]!.GetValue<string>());
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        var card = BotServer.Text(BotServer.CardOf(reply));
        Assert.Contains("Don't comment on Corrections matters", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"askPerson\"", card, StringComparison.Ordinal);
        Assert.Contains("was due for review in July 2017", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChannelMention_AnswersInTheThreadWithoutTheMention()
    {
        await _bot.PostAsync(_bot.Activity("channel-mention.json", ("text", "who owns this policy?")));

        var reply = await _bot.Connector.NextAsync();
        Assert.StartsWith("/v3/conversations/19:general@thread.tacv2;messageid=1700000000002/activities/", reply["_path"]!.GetValue<string>(), StringComparison.Ordinal);
        var card = BotServer.CardOf(reply);
        Assert.Contains("National Manager Communications", BotServer.Text(card), StringComparison.Ordinal);
        var question = card["actions"]!.AsArray().Last()!["data"]!["question"]!.GetValue<string>();
        Assert.Equal("who owns this policy?", question);
    }

    [Fact]
    public async Task Post_GroupChatWithoutMention_StaysQuiet()
    {
        await _bot.PostAsync(_bot.Activity("channel-no-mention.json", ("text", "who owns this policy?")));
        await _bot.PostAsync(_bot.Activity("channel-mention.json", ("text", "who approved the policy?")));

        // Replies are sent before the POST returns, so the only reply is to the second message.
        var reply = await _bot.Connector.NextAsync();
        Assert.Contains("19:general@thread.tacv2", reply["_path"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, _bot.Connector.Pending);
    }

    [Fact]
    public async Task Post_Install_GreetsWithExampleQuestions()
    {
        await _bot.PostAsync(_bot.Activity("install.json"));

        var card = BotServer.CardOf(await _bot.Connector.NextAsync());
        Assert.Equal("Hi, I'm PolicyBot", card["body"]![0]!["text"]!.GetValue<string>());
        var actions = card["actions"]!.AsArray();
        Assert.All(actions.SkipLast(1), action => Assert.Equal("imBack", action!["data"]!["msteams"]!["type"]!.GetValue<string>()));
        Assert.Equal("postCheck.prompt", actions[^1]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_MalformedJson_Is400()
    {
        var response = await _bot.PostAsync("{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Is200AndIgnored()
    {
        var body = _bot.Activity("install.json").Replace("\"conversationUpdate\"", "\"somethingNew\"", StringComparison.Ordinal);

        var response = await _bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "who owns this policy")));
        Assert.Contains("National Manager", BotServer.Text(await _bot.Connector.NextAsync()), StringComparison.Ordinal);
        Assert.Equal(0, _bot.Connector.Pending);
    }

    [Fact]
    public async Task Invoke_Feedback_StoresItAndReplacesTheCardWithThanks()
    {
        var data = """{"action":"feedback","helpful":false,"question":"can i criticise the govt on fb"}""";

        var response = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", "feedback"), ("data", data)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Thanks for telling me", BotServer.Text(body["value"]), StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT question, helpful FROM feedback";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("can i criticise the govt on fb", reader.GetString(0));
        Assert.False(reader.GetBoolean(1));
    }

    [Fact]
    public async Task Invoke_ShowSection_SendsTheWholeSection()
    {
        var data = """{"action":"showSection","policyId":"social-media-policy","sectionId":"policy-principles-and-standards/standards/be-safe"}""";

        var response = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", "showSection"), ("data", data)));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        var card = BotServer.Text(BotServer.CardOf(await _bot.Connector.NextAsync()));
        Assert.Contains("Prisoners and offenders are known to use social media", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feedback", """{"action":"feedback"}""")]
    [InlineData("showSection", """{"policyId":"social-media-policy","sectionId":"../../etc/passwd"}""")]
    [InlineData("askPerson", """{"question":"hi","to":"the-prime-minister"}""")]
    [InlineData("deleteEverything", """{}""")]
    [InlineData("feedback", "\"not an object\"")]
    public async Task Invoke_MissingOrForgedData_GetsAnErrorCardNot500(string verb, string data)
    {
        var response = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", verb), ("data", data)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Sorry, that didn't work", BotServer.Text(body["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_OnceLoaded_Is200()
    {
        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            response = await _bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        }
        while (response.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Endpoints;

/// <summary>Requests Teams would never send, and replies Teams refuses: never a 500, and nothing posted for a bad request.</summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_NotJsonContentType_Is400AndNothingIsSent(string? contentType)
    {
        var content = new StringContent(_bot.Activity("personal-message.json", ("text", "who owns this policy?")), Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        var response = await _bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _bot.Connector.Attempts);
    }

    [Theory]
    [InlineData("\"serviceUrl\": \"ftp://127.0.0.1/\"")]
    [InlineData("\"serviceUrl\": \"javascript:alert(1)\"")]
    [InlineData("\"serviceUrl\": \"not a url\"")]
    [InlineData("\"serviceUrl\": 42")]
    [InlineData("\"conversation\": null")]
    [InlineData("\"conversation\": { \"conversationType\": \"personal\" }")]
    [InlineData("\"conversation\": { \"id\": \"\" }")]
    [InlineData("\"type\": \"\"")]
    [InlineData("\"entities\": [ { \"type\": \"mention\", \"text\": \"<at>PolicyBot</at>\" } ]")]
    [InlineData("\"recipient\": null, \"entities\": [ { \"type\": \"mention\", \"mentioned\": { \"id\": \"28:policybot-app-id\" } } ]")]
    public async Task Post_ActivityNoReplyCouldReach_Is400AndNothingIsSent(string replacement)
    {
        var activity = JsonNode.Parse(_bot.Activity("personal-message.json", ("text", "who owns this policy?")))!.AsObject();
        var patch = JsonNode.Parse("{" + replacement + "}")!.AsObject();
        foreach (var (key, value) in patch)
        {
            activity[key] = value?.DeepClone();
        }

        var response = await _bot.PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _bot.Connector.Attempts);
    }

    [Theory]
    [InlineData("name", null)]
    [InlineData("value", null)]
    [InlineData("value", "[null]")]
    [InlineData("value", "\"a string\"")]
    public async Task Invoke_WithoutNameOrObjectValue_Is400AndNothingIsSent(string key, string? value)
    {
        var activity = JsonNode.Parse(_bot.Activity("card-action.json", ("verb", "feedback"), ("data", "{}")))!.AsObject();
        activity[key] = value is null ? null : JsonNode.Parse(value);

        var response = await _bot.PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _bot.Connector.Attempts);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"a string\"")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Post_BodyThatIsNotAnActivity_Is400(string body)
    {
        var response = await _bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_DeeplyNestedValue_Is400AndTheBotStaysUp()
    {
        var nested = new string('[', 50_000) + new string(']', 50_000);
        var body = _bot.Activity("personal-message.json", ("text", "hi")).Replace("\"locale\": \"en-NZ\"", "\"locale\": \"en-NZ\", \"value\": " + nested, StringComparison.Ordinal);

        var response = await _bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "who owns this policy?")));
        Assert.Contains("National Manager", BotServer.Text(await _bot.Connector.NextAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        var body = _bot.Activity("personal-message.json", ("text", new string('a', 300 * 1024)));

        var response = await _bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _bot.Connector.Attempts);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(502)]
    public async Task Post_TeamsRefusesEveryReply_Is200WithoutAnApology(int status)
    {
        for (var i = 0; i < 10; i++)
        {
            _bot.Connector.FailNext(status);
        }

        var response = await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "who owns this policy?")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(_bot.Connector.All, sent => BotServer.Text(sent).Contains("something went wrong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TeamsRefusesTheAnswerAsTooBig_Is200AndApologises()
    {
        _bot.Connector.FailNext(413);

        var response = await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "who owns this policy?")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("something went wrong", BotServer.Text(await _bot.Connector.NextAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_TeamsRefusesTheCardItSends_Is502WithTheDocumentedErrorBody()
    {
        for (var i = 0; i < 10; i++)
        {
            _bot.Connector.FailNext(403);
        }

        var data = """{"action":"showSection","policyId":"social-media-policy","sectionId":"policy-principles-and-standards/standards/be-safe"}""";
        var response = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", "showSection"), ("data", data)));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(502, body["statusCode"]!.GetValue<int>());
    }
}

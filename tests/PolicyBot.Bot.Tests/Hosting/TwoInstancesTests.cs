using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Hosting;

/// <summary>
/// Two bot instances on one PostgreSQL behind a round-robin balancer, each turn landing on the other instance
/// than the turn before: whatever one instance starts, the other carries on, because all state is shared.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string Admin = "29:9admin";
    private const string CommsChannel = "19:comms@thread.tacv2";
    private const string CommsTeam = "19:commsteam@thread.tacv2";

    private BotServer _first = null!;
    private BotServer _second = null!;
    private RoundRobinProxy _balancer = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.PostgresSchemaAsync();
        Dictionary<string, string?> Settings(ConnectorStub _) => new()
        {
            ["Storage:PostgresConnectionString"] = database,
            ["Escalations:Admins:0"] = Admin,
            ["Outbox:PollInterval"] = "00:00:00.050",
        };
        _first = await BotServer.StartAsync(Settings);
        _second = await BotServer.StartAsync(Settings, _first.Connector);
        _balancer = await RoundRobinProxy.StartAsync(_first.Client.BaseAddress!, _second.Client.BaseAddress!);
    }

    public async Task DisposeAsync()
    {
        await _balancer.DisposeAsync();
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task PostCheck_StartedOnOneInstance_IsAnsweredOnTheOther()
    {
        await _balancer.PostAsync(_first.Activity("personal-message.json", ("text", "can I post this: The Minister's new prison policy is a joke")));
        var card = BotServer.CardOf(await _first.Connector.NextAsync());
        Assert.Equal("capacity", QuestionId(card));

        var next = await InvokeAsync("card-action.json", "postCheck.answer", AnswerData(card, "personal"));

        Assert.Equal([0, 1], _balancer.Served);
        Assert.DoesNotContain("has expired", BotServer.Text(next), StringComparison.Ordinal);
        Assert.NotEqual("capacity", QuestionId(next));
    }

    [Fact]
    public async Task Share_PostedThroughOneInstance_IsAcknowledgedOnTheOther()
    {
        await InvokeAsync("card-action-channel.json", "share.start", """{"action":"share.start","policyId":"social-media-policy","topicId":"at-a-glance"}""", ("fromId", "29:3manager"), ("fromName", "Alex Manager"));
        var picker = BotServer.CardOf(await _first.Connector.NextAsync());
        var post = picker["actions"]![0]!["data"]!.DeepClone().AsObject();
        post["channelId"] = "19:general@thread.tacv2";
        await InvokeAsync("card-action-channel.json", "share.post", post.ToJsonString(), ("fromId", "29:3manager"), ("fromName", "Alex Manager"));
        var shared = BotServer.CardOf(await _first.Connector.NextAsync());
        var shareId = shared["refresh"]!["action"]!["data"]!["shareId"]!.GetValue<string>();

        var acknowledged = await InvokeAsync("card-action-channel.json", "share.ack", $$"""{"action":"share.ack","shareId":"{{shareId}}"}""", ("fromId", "29:1staff-member"), ("fromName", "Sam Staff"));

        Assert.Equal([0, 1, 0], _balancer.Served);
        Assert.Contains("1 of 4 have read this", BotServer.Text(acknowledged), StringComparison.Ordinal);
        Assert.DoesNotContain("can't find that shared card", BotServer.Text(acknowledged), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticket_SubmittedThroughOneInstance_IsClaimedOnTheOther()
    {
        await _balancer.PostAsync(_first.Activity("channel-message.json", ("id", "1700000000090"), ("fromId", Admin), ("fromName", "Admin"), ("channelId", CommsChannel), ("teamId", CommsTeam), ("text", "use this channel for escalations")));
        await _first.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Done:", StringComparison.Ordinal), "the registration reply");
        var sent = await InvokeAsync("card-action.json", "escalation.submit", """{"action":"escalation.submit","to":"communications-team","question":"Can I talk to a reporter about my job?","confidential":"false"}""");
        Assert.Contains("PB-1001", BotServer.Text(sent), StringComparison.Ordinal);
        await _first.Connector.WaitForAsync(a => Path(a).Contains("comms", StringComparison.Ordinal) && (string?)a["_method"] == "POST" && BotServer.Text(a).Contains("Unassigned", StringComparison.Ordinal), "the ticket card");

        var claimed = await InvokeAsync("ticket-action.json", "ticket.claim", """{"action":"ticket.claim","escalationId":1}""", ("fromId", "29:5comms"), ("fromName", "Ana Comms"), ("channelId", CommsChannel), ("teamId", CommsTeam));

        Assert.Equal([0, 1, 0], _balancer.Served);
        Assert.Contains("Assigned", BotServer.Text(claimed), StringComparison.Ordinal);
        await _first.Connector.WaitForAsync(a => (string?)a["_method"] == "PUT" && Path(a).Contains("comms", StringComparison.Ordinal) && BotServer.Text(a).Contains("Ana Comms", StringComparison.Ordinal), "the ticket card updated in place");
        await _first.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Ana Comms is looking at your question PB-1001", StringComparison.Ordinal), "the claim notice to the staff member");
    }

    private static string Path(JsonObject activity) => Uri.UnescapeDataString((string?)activity["_path"] ?? string.Empty);

    private static string QuestionId(JsonObject card) =>
        card["actions"]!.AsArray().First(a => (string?)a!["verb"] == "postCheck.answer")!["data"]!["questionId"]!.GetValue<string>();

    private static string AnswerData(JsonObject card, string answerId)
    {
        var data = card["actions"]!.AsArray().First(a => (string?)a!["verb"] == "postCheck.answer")!["data"]!.DeepClone().AsObject();
        data["answerId"] = answerId;
        return data.ToJsonString();
    }

    /// <summary>A card button through the balancer; returns the card that replaces the clicked one.</summary>
    private async Task<JsonObject> InvokeAsync(string fixture, string verb, string data, params (string Name, string Value)[] more)
    {
        var response = await _balancer.PostAsync(_first.Activity(fixture, [("verb", verb), ("data", data), .. more]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive" ? body["value"]!.AsObject() : new JsonObject { ["note"] = body["value"]?.DeepClone() };
    }
}

using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Sharing;

/// <summary>A manager shares a policy topic to a channel; staff acknowledge it; the manager tracks and reminds. Over /api/messages.</summary>
public sealed class TopicSharingTests : IAsyncLifetime
{
    private const string BeSafe = "policy-principles-and-standards/standards/be-safe";
    private const string Manager = "29:3manager";

    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Share_ManagerPostsToAnotherChannel_CollectsAcknowledgementsAndListsWhoHasNotRead()
    {
        var shared = await ShareAsync(BeSafe, "19:onboarding@thread.tacv2");
        Assert.Equal("19:onboarding@thread.tacv2", shared["_channel"]!.GetValue<string>());
        var card = BotServer.CardOf(shared);
        Assert.Equal(Manager, card["refresh"]!["userIds"]![0]!.GetValue<string>());
        Assert.Contains("No one has read this yet", BotServer.Text(card), StringComparison.Ordinal);
        var shareId = card["refresh"]!["action"]!["data"]!["shareId"]!.GetValue<string>();
        var share = $$"""{"action":"share.ack","shareId":"{{shareId}}"}""";

        var sam = await InvokeAsync("share.ack", share, "29:1staff-member", "Sam Staff");
        Assert.Contains("You read this on 25 November 2026", BotServer.Text(sam), StringComparison.Ordinal);
        Assert.Contains("1 of 4 have read this", BotServer.Text(sam), StringComparison.Ordinal);
        Assert.DoesNotContain(BotServer.ActionTitles(sam), title => title == "I've read this");
        var update = await _bot.Connector.NextAsync();
        Assert.Equal("PUT", update["_method"]!.GetValue<string>());
        Assert.EndsWith("/activities/reply-1", update["_path"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("1 of 4 have read this", BotServer.Text(BotServer.CardOf(update)), StringComparison.Ordinal);
        Assert.Contains("I've read this", BotServer.ActionTitles(BotServer.CardOf(update)));

        await InvokeAsync("share.ack", share, "29:2someone-else", "Mere Tane");
        await InvokeAsync("share.ack", share, "29:2someone-else", "Mere Tane");
        await _bot.Connector.NextAsync();
        await _bot.Connector.NextAsync();

        var sharerView = await InvokeAsync("share.refresh", share.Replace("share.ack", "share.refresh", StringComparison.Ordinal), Manager, "Alex Manager");
        var facts = sharerView["body"]!.AsArray().Last(e => e!["type"]!.GetValue<string>() == "Container")!["items"]!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
        Assert.Equal("Sam Staff, Mere Tane", facts[0]!["value"]!.GetValue<string>());
        Assert.Equal("Tui Ngata, Jo Brown", facts[1]!["value"]!.GetValue<string>());
        Assert.Contains("2 of 4 have read this", BotServer.Text(sharerView), StringComparison.Ordinal);
        Assert.Contains("Send a reminder", BotServer.ActionTitles(sharerView));

        var someoneElse = await InvokeAsync("share.refresh", share.Replace("share.ack", "share.refresh", StringComparison.Ordinal), "29:4new-starter", "Tui Ngata");
        Assert.DoesNotContain("FactSet", BotServer.Text(someoneElse), StringComparison.Ordinal);
        Assert.Contains("I've read this", BotServer.ActionTitles(someoneElse));
    }

    [Fact]
    public async Task Remind_BySharer_MentionsOnlyThoseWhoHaveNotRead()
    {
        var card = BotServer.CardOf(await ShareAsync(BeSafe, "19:general@thread.tacv2"));
        var shareId = card["refresh"]!["action"]!["data"]!["shareId"]!.GetValue<string>();
        await InvokeAsync("share.ack", $$"""{"shareId":"{{shareId}}"}""", "29:1staff-member", "Sam Staff");
        await _bot.Connector.NextAsync();

        var denied = await _bot.PostAsync(Action("share.remind", $$"""{"shareId":"{{shareId}}"}""", "29:1staff-member", "Sam Staff"));
        Assert.Contains("Only Alex Manager can send reminders", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _bot.Connector.Pending);

        await InvokeAsync("share.remind", $$"""{"shareId":"{{shareId}}"}""", Manager, "Alex Manager");
        var reminder = await _bot.Connector.NextAsync();
        var mentioned = reminder["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["29:2someone-else", "29:4new-starter", "29:5night-shift"], mentioned);
        Assert.Contains("<at>Tui Ngata</at>", reminder["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Be safe", reminder["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // Two clicks on "Send a reminder" (a double click, or two clients) mentioned the whole team twice.
    [Fact]
    public async Task Remind_TwoClicksAtOnce_PostsOneReminder()
    {
        var card = BotServer.CardOf(await ShareAsync(BeSafe, "19:general@thread.tacv2"));
        var shareId = card["refresh"]!["action"]!["data"]!["shareId"]!.GetValue<string>();

        var clicks = await Task.WhenAll(
            _bot.PostAsync(Action("share.remind", $$"""{"shareId":"{{shareId}}"}""", Manager, "Alex Manager")),
            _bot.PostAsync(Action("share.remind", $$"""{"shareId":"{{shareId}}"}""", Manager, "Alex Manager")));

        Assert.All(clicks, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, _bot.Connector.Pending);
        Assert.Contains("Reminder from Alex Manager", (await _bot.Connector.NextAsync())["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Glance_AskedInChat_ListsEachStandardWithItsFirstSentenceAndCanBeShared()
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "policy at a glance")));
        var card = BotServer.CardOf(await _bot.Connector.NextAsync());

        var text = BotServer.Text(card);
        Assert.Contains("Social Media Policy at a glance", text, StringComparison.Ordinal);
        foreach (var standard in new[] { "Remain politically neutral", "Don't comment on Corrections matters", "Be safe", "Personal responsibility", "Social media etiquette", "Seek advice if you're not sure" })
        {
            Assert.Contains($"\"text\":\"{standard}\"", text, StringComparison.Ordinal);
        }

        Assert.Contains("Share to a channel", BotServer.ActionTitles(card));
        var shared = BotServer.CardOf(await ShareAsync("at-a-glance", "19:general@thread.tacv2"));
        Assert.Contains("Social Media Policy at a glance", BotServer.Text(shared), StringComparison.Ordinal);
        Assert.Contains("I've read this", BotServer.ActionTitles(shared));
    }

    [Fact]
    public async Task Start_InPersonalChat_ExplainsSharingNeedsATeam()
    {
        var response = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", "share.start"), ("data", $$"""{"policyId":"social-media-policy","topicId":"{{BeSafe}}"}""")));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("channel of a team", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("share.ack", """{"shareId":"no-such-share"}""", "can't find that shared card")]
    [InlineData("share.post", """{"policyId":"social-media-policy","topicId":"no/such/section","channelId":"19:general@thread.tacv2"}""", "no longer there")]
    [InlineData("share.post", """{"policyId":"social-media-policy","topicId":"at-a-glance","channelId":"19:not-this-team@thread.tacv2"}""", "isn't in this team")]
    [InlineData("share.remind", """{"shareId":42}""", "didn't carry what I need")]
    public async Task Invoke_ForgedOrStaleShareData_GetsACardNot500(string verb, string data, string expected)
    {
        var card = await InvokeAsync(verb, data, Manager, "Alex Manager");

        Assert.Contains(expected, BotServer.Text(card), StringComparison.Ordinal);
        Assert.Equal(0, _bot.Connector.Pending);
    }

    /// <summary>The manager's "Share to a channel", the channel picker, and "Post": returns what was posted.</summary>
    private async Task<JsonObject> ShareAsync(string topicId, string channelId)
    {
        var start = await _bot.PostAsync(Action("share.start", $$"""{"action":"share.start","policyId":"social-media-policy","topicId":"{{topicId}}"}""", Manager, "Alex Manager"));
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var picker = BotServer.CardOf(await _bot.Connector.NextAsync());
        var choices = picker["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.ChoiceSet")!;
        Assert.Equal("19:general@thread.tacv2", choices["value"]!.GetValue<string>());
        Assert.Equal(["General", "Onboarding"], choices["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));

        var data = picker["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["channelId"] = channelId;
        var done = await InvokeAsync("share.post", data.ToJsonString(), Manager, "Alex Manager");
        Assert.Contains("Posted", BotServer.Text(done), StringComparison.Ordinal);
        return await _bot.Connector.NextAsync();
    }

    private string Action(string verb, string data, string fromId, string fromName) =>
        _bot.Activity("card-action-channel.json", ("verb", verb), ("data", data), ("fromId", fromId), ("fromName", fromName));

    private async Task<JsonObject> InvokeAsync(string verb, string data, string fromId, string fromName)
    {
        var response = await _bot.PostAsync(Action(verb, data, fromId, fromName));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }
}

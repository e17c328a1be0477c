using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Tests.Versions;
using PolicyBot.Dialogs.Versions;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Sharing;

/// <summary>
/// A card shared to a channel belongs to a version: when the policy file is replaced and its part changes,
/// readers of the old version see what changed and acknowledge again; the sharer sees each version and can
/// export every acknowledgement as CSV. Over /api/messages in a channel.
/// </summary>
public sealed class ReacknowledgementTests : IAsyncLifetime
{
    private const string Manager = "29:3manager";
    private const string Sam = "29:1staff-member";
    private const string Mere = "29:2someone-else";

    private readonly RevisableKnowledge _folder = new();
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?>
        {
            ["Knowledge:Folder"] = _folder.Path,
            ["Knowledge:WatchForChanges"] = "false",
            ["Escalations:Admins:0"] = "29:9admin",
        });
        await _bot.Services.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task SubstantiveChange_ReadersOfTheOldVersionSeeWhatChangedAndAcknowledgeAgain()
    {
        var shareId = await ShareAsync(RevisedPolicy.BeSafe);
        await InvokeAsync("share.ack", shareId, Sam, "Sam Staff");
        await InvokeAsync("share.ack", shareId, Mere, "Mere Tane");

        await ReviseAsync();

        // The card everyone sees is rewritten, and Teams will refresh the old readers' own views.
        var updated = await _bot.Connector.WaitForAsync(a => (string?)a["_method"] == "PUT" && BotServer.Text(a).Contains("Updated in version 2", StringComparison.Ordinal), "the shared card updated for the new version");
        var card = BotServer.CardOf(updated);
        Assert.Contains("\u201cBe safe\u201d changed since this was shared", BotServer.Text(card), StringComparison.Ordinal);
        Assert.Equal([Manager, Mere, Sam], card["refresh"]!["userIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Contains("What changed", BotServer.ActionTitles(card));

        var sams = await InvokeAsync("share.refresh", shareId, Sam, "Sam Staff");
        Assert.Contains("Updated since you read it: \u201cBe safe\u201d changed in version 2, effective 1 March 2027", BotServer.Text(sams), StringComparison.Ordinal);
        Assert.Contains("You read version 1 on 25 November 2026.", BotServer.Text(sams), StringComparison.Ordinal);
        Assert.Contains("I've read the new version", BotServer.ActionTitles(sams));

        var changes = BotServer.Text(await InvokeAsync("share.changes", shareId, Sam, "Sam Staff"));
        Assert.Contains("Reworded: Policy principles and standards > Standards > Be safe", changes, StringComparison.Ordinal);
        Assert.Contains("\"text\":\" are encouraged to\",\"strikethrough\":true", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Definitions", changes, StringComparison.Ordinal);

        var reread = BotServer.Text(await InvokeAsync("share.ack", shareId, Sam, "Sam Staff"));
        Assert.Contains("You read this on 25 November 2026.", reread, StringComparison.Ordinal);
        Assert.Contains("1 of 4 have read the current version; 1 read an earlier version", reread, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated since you read it", reread, StringComparison.Ordinal);

        var sharer = await InvokeAsync("share.refresh", shareId, Manager, "Alex Manager");
        var facts = Facts(sharer);
        Assert.Equal("Sam Staff (v2)", facts["Read"]);
        Assert.Equal("Mere Tane (v1)", facts["Read an earlier version"]);
        Assert.Equal("Tui Ngata, Jo Brown", facts["Not yet"]);
        Assert.Contains("Export (CSV)", BotServer.ActionTitles(sharer));
    }

    [Fact]
    public async Task SubstantiveChange_MoreOldReadersThanTeamsRefreshes_SixtyListedMostRecentReadersFirstTheRestUseTheCardsOwnButtons()
    {
        var shareId = await ShareAsync(RevisedPolicy.BeSafe);
        _bot.Connector.RosterPageSize = 50;
        var readers = Enumerable.Range(1, 70).Select(i => $"29:reader-{i:D2}").ToList();
        foreach (var reader in readers)
        {
            _bot.Connector.Roster.Add(new JsonObject { ["id"] = reader, ["name"] = $"Reader {reader[^2..]}" });
        }

        await MembersJoinedAsync(readers[^1]);
        foreach (var reader in readers)
        {
            await InvokeAsync("share.ack", shareId, reader, $"Reader {reader[^2..]}");
        }

        await ReviseAsync();

        // Teams refreshes a card by itself for at most 60 listed users in a conversation this big.
        var updated = await _bot.Connector.WaitForAsync(a => (string?)a["_method"] == "PUT" && BotServer.Text(a).Contains("Updated in version 2", StringComparison.Ordinal), "the shared card updated for the new version");
        var card = BotServer.CardOf(updated);
        var listed = card["refresh"]!["userIds"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        Assert.Equal(60, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Manager, listed[0]);
        Assert.Equal("29:reader-70", listed[1]);

        // Everyone else sees the change on the card all share, and its buttons: What changed, then I've read this.
        Assert.Contains("If you read it before, select What changed, then I've read this.", BotServer.Text(card), StringComparison.Ordinal);
        Assert.Contains("What changed", BotServer.ActionTitles(card));
        Assert.Contains("I've read this", BotServer.ActionTitles(card));
        var unlisted = readers.Except(listed, StringComparer.Ordinal).ToList();
        Assert.Equal(readers.Take(11), unlisted);
        var theirs = BotServer.Text(await InvokeAsync("share.changes", shareId, unlisted[0], "Reader"));
        Assert.Contains("Reworded: Policy principles and standards > Standards > Be safe", theirs, StringComparison.Ordinal);
        var reread = BotServer.Text(await InvokeAsync("share.ack", shareId, unlisted[0], "Reader"));
        Assert.Contains("You read this on 25 November 2026.", reread, StringComparison.Ordinal);
        Assert.Contains("1 of 74 have read the current version; 69 read an earlier version", reread, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewVersionRecordedByTheCommandLine_HostRewritesTheSharedCardOnceOnItsNextLoad()
    {
        var shareId = await ShareAsync(RevisedPolicy.BeSafe);
        await InvokeAsync("share.ack", shareId, Sam, "Sam Staff");
        _folder.Revise();

        // `ask` or `questions` is the first to load the new file: the command line's services record version 2, with no card updater.
        var configuration = _bot.Services.GetRequiredService<IConfiguration>();
        using (var cli = new ServiceCollection().AddLogging().AddSingleton(configuration).AddSingleton(_bot.Services.GetRequiredService<TimeProvider>()).AddPolicyDialogs(configuration).BuildServiceProvider())
        {
            var revised = await cli.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None);
            Assert.Equal(2, (await cli.GetRequiredService<PolicyVersions>().CatalogAsync(revised, CancellationToken.None)).Current("social-media-policy")!.Number);
        }

        // The web host loads it next, records nothing, and still rewrites the card everyone sees; loading again does not rewrite it again.
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);

        var updates = _bot.Connector.All.Where(a => (string?)a["_method"] == "PUT" && BotServer.Text(a).Contains("Updated in version 2", StringComparison.Ordinal)).ToList();
        var card = BotServer.CardOf(Assert.Single(updates));
        Assert.Contains("\u201cBe safe\u201d changed since this was shared", BotServer.Text(card), StringComparison.Ordinal);
        Assert.Equal([Manager, Sam], card["refresh"]!["userIds"]!.AsArray().Select(id => id!.GetValue<string>()));
    }

    [Fact]
    public async Task EditorialChange_ReadingStillHolds()
    {
        var shareId = await ShareAsync("definitions");
        await InvokeAsync("share.ack", shareId, Sam, "Sam Staff");

        await ReviseAsync();

        var sams = BotServer.Text(await InvokeAsync("share.refresh", shareId, Sam, "Sam Staff"));
        Assert.Contains("You read version 1 on 25 November 2026.", sams, StringComparison.Ordinal);
        Assert.Contains("Editorial changes since this was shared (version 2, effective 1 March 2027): spelling, punctuation or layout only; nothing to read again.", sams, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated since you read it", sams, StringComparison.Ordinal);
        Assert.Contains("1 of 4 have read the current version", sams, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiver_FromTheCommunicationsChannel_OldReadingsHoldAgain()
    {
        var shareId = await ShareAsync(RevisedPolicy.BeSafe);
        await InvokeAsync("share.ack", shareId, Sam, "Sam Staff");
        await ReviseAsync();
        Assert.Contains("Updated since you read it", BotServer.Text(await InvokeAsync("share.refresh", shareId, Sam, "Sam Staff")), StringComparison.Ordinal);

        await _bot.PostAsync(_bot.Activity("channel-mention.json", ("text", "no reacknowledgement for the social media policy version 2")));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Communications team's registered channel", StringComparison.Ordinal), "the refusal outside the Communications channel");
        await _bot.PostAsync(_bot.Activity("channel-message.json", ("id", "1700000000901"), ("fromId", "29:9admin"), ("fromName", "Admin"), ("channelId", "19:comms@thread.tacv2"), ("teamId", "19:commsteam@thread.tacv2"), ("text", "use this channel for escalations")));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Done:", StringComparison.Ordinal), "the registration reply");
        await _bot.PostAsync(_bot.Activity("channel-message.json", ("id", "1700000000902"), ("fromId", "29:5comms"), ("fromName", "Ana Comms"), ("channelId", "19:comms@thread.tacv2"), ("teamId", "19:commsteam@thread.tacv2"), ("text", "no reacknowledgement for the social media policy version 2")));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("don't need to acknowledge version 2, effective 1 March 2027 again", StringComparison.Ordinal), "the waiver's confirmation");

        var sams = BotServer.Text(await InvokeAsync("share.refresh", shareId, Sam, "Sam Staff"));
        Assert.DoesNotContain("Updated since you read it", sams, StringComparison.Ordinal);
        Assert.Contains("1 of 4 have read the current version", sams, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BySharer_FileOfferedInPersonalChatAndTheCsvWrittenWhenAllowed()
    {
        var shareId = await ShareAsync(RevisedPolicy.BeSafe);
        await InvokeAsync("share.ack", shareId, Sam, "Sam Staff");
        await ReviseAsync();
        await InvokeAsync("share.ack", shareId, Sam, "Sam Staff");
        await InvokeAsync("share.ack", shareId, Mere, "=HYPERLINK(\"x\")");

        var denied = await _bot.PostAsync(_bot.Activity("card-action-channel.json", ("verb", "share.export"), ("data", Data("share.export", shareId)), ("fromId", Sam), ("fromName", "Sam Staff")));
        Assert.Contains("Only Alex Manager can export", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var offered = await _bot.PostAsync(_bot.Activity("card-action-channel.json", ("verb", "share.export"), ("data", Data("share.export", shareId)), ("fromId", Manager), ("fromName", "Alex Manager")));
        Assert.Contains("sent the CSV file to your chat with PolicyBot", await offered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var consent = await _bot.Connector.WaitForAsync(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.consent", "the file consent card");
        Assert.Contains($"a:1personal-{Manager}", Uri.UnescapeDataString((string)consent["_path"]!), StringComparison.Ordinal);
        var name = consent["attachments"]![0]!["name"]!.GetValue<string>();
        Assert.Equal("acknowledgements-be-safe-20261125.csv", name);

        var accepted = await _bot.PostAsync(_bot.Activity("file-consent.json", ("fromId", Manager), ("fromName", "Alex Manager"), ("action", "accept"), ("shareId", shareId), ("name", name)));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var (bytes, range) = _bot.Connector.Uploads[name];
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"bytes 0-{bytes.Length - 1}/{bytes.Length}", range);
        Assert.Equal("share,policy,part,version,version_effective,person,teams_user_id,acknowledged_utc", lines[0]);
        Assert.Equal(3, lines.Length - 1);
        Assert.StartsWith($"{shareId},Social Media Policy,Be safe,1,2026-11-25,Sam Staff,{Sam},2026-11-25T", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{shareId},Social Media Policy,Be safe,2,2027-03-01,Sam Staff,{Sam},", lines[2], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", lines[3], StringComparison.Ordinal);
        var info = await _bot.Connector.WaitForAsync(a => (string?)a["attachments"]?[0]?["contentType"] == "application/vnd.microsoft.teams.card.file.info", "the file card after the upload");
        Assert.Equal(name, info["attachments"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task SharedCard_ViewedAgainWithinAMinute_ReadsTheRosterOnceUntilSomeoneJoinsTheTeam()
    {
        var shareId = await ShareAsync(RevisedPolicy.BeSafe);
        var before = _bot.Connector.RosterReads;
        await InvokeAsync("share.refresh", shareId, Sam, "Sam Staff");
        await InvokeAsync("share.refresh", shareId, Mere, "Mere Tane");
        await InvokeAsync("share.refresh", shareId, Manager, "Alex Manager");
        Assert.Equal(before, _bot.Connector.RosterReads);

        // Teams tells the bot someone joined: the sharer's next view counts them.
        _bot.Connector.Roster.Add(new JsonObject { ["id"] = "29:6joined", ["name"] = "Aroha Joined" });
        await MembersJoinedAsync("29:6joined");
        var sharers = BotServer.Text(await InvokeAsync("share.refresh", shareId, Manager, "Alex Manager"));
        Assert.Equal(before + 1, _bot.Connector.RosterReads);
        Assert.Contains("Aroha Joined", sharers, StringComparison.Ordinal);
    }

    private async Task MembersJoinedAsync(string memberId)
    {
        var response = await _bot.PostAsync(_bot.Activity("team-member-added.json", ("memberId", memberId)));
        Assert.True(response.IsSuccessStatusCode);
    }

    private async Task ReviseAsync()
    {
        _folder.Revise();
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);
    }

    /// <summary>The manager shares a topic to the General channel: returns the share id.</summary>
    private async Task<string> ShareAsync(string topicId)
    {
        var data = $$"""{"action":"share.post","policyId":"social-media-policy","topicId":"{{topicId}}","channelId":"19:general@thread.tacv2"}""";
        await _bot.PostAsync(_bot.Activity("card-action-channel.json", ("verb", "share.post"), ("data", data), ("fromId", Manager), ("fromName", "Alex Manager")));
        var posted = BotServer.CardOf(await _bot.Connector.WaitForAsync(a => (string?)a["_channel"] == "19:general@thread.tacv2", "the shared card"));
        return posted["refresh"]!["action"]!["data"]!["shareId"]!.GetValue<string>();
    }

    private static string Data(string verb, string shareId) => new JsonObject { ["action"] = verb, ["shareId"] = shareId }.ToJsonString();

    private async Task<JsonObject> InvokeAsync(string verb, string shareId, string fromId, string fromName)
    {
        var response = await _bot.PostAsync(_bot.Activity("card-action-channel.json", ("verb", verb), ("data", Data(verb, shareId)), ("fromId", fromId), ("fromName", fromName.Replace("\"", "\\\"", StringComparison.Ordinal))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    private static Dictionary<string, string> Facts(JsonObject card) =>
        card["body"]!.AsArray().Last(e => e!["type"]!.GetValue<string>() == "Container")!["items"]!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
}

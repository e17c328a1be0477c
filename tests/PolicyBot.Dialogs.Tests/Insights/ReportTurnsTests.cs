using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Insights;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Insights;

/// <summary>"@PolicyBot report" over /api/messages: the Communications channel sees what staff asked; nobody else does.</summary>
public sealed class ReportTurnsTests : IAsyncLifetime
{
    private const string Admin = "29:9admin";
    private const string CommsChannel = "19:comms@thread.tacv2";
    private const string CommsTeam = "19:commsteam@thread.tacv2";

    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Escalations:Admins:0"] = Admin });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Report_InTheCommunicationsChannel_CountsWhatStaffAskedAndListsWhatWasHandedOff()
    {
        await ChannelAsync(CommsChannel, "use this channel for escalations", "1");
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Done:", StringComparison.Ordinal), "the registration reply");
        await AskAsync("who owns the social media policy");
        await AskAsync("how is overtime calculated on public holidays for custodial staff");

        await ChannelAsync(CommsChannel, "report", "2");
        var report = BotServer.Text(BotServer.CardOf(await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("What staff asked", StringComparison.Ordinal), "the report card")));

        Assert.Contains("the last 30 days", report, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Asked\",\"value\":\"2\"}", report, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Answered\",\"value\":\"1\"}", report, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Handed off\",\"value\":\"1\"}", report, StringComparison.Ordinal);
        Assert.Contains("Sections asked about most", report, StringComparison.Ordinal);
        Assert.Contains("how is overtime calculated on public holidays for custodial staff", report, StringComparison.Ordinal);
        Assert.DoesNotContain("who owns the social media policy", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Staff", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OutsideTheCommunicationsChannel_IsRefusedWithoutTheQuestions()
    {
        await AskAsync("how is overtime calculated on public holidays for custodial staff");

        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "report")));
        var personal = await _bot.Connector.NextAsync();
        await ChannelAsync("19:general@thread.tacv2", "report for the last 7 days", "3");
        var channel = await _bot.Connector.NextAsync();

        Assert.Equal(ReportTurns.NotHere, personal["text"]!.GetValue<string>());
        Assert.Equal(ReportTurns.NotHere, channel["text"]!.GetValue<string>());
        Assert.True(channel["attachments"] is null or JsonArray { Count: 0 });
    }

    private async Task AskAsync(string question)
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", question)));
        await _bot.Connector.NextAsync();
    }

    private Task<HttpResponseMessage> ChannelAsync(string channel, string text, string id) =>
        _bot.PostAsync(_bot.Activity("channel-message.json", ("id", "17100000000" + id), ("fromId", Admin), ("fromName", "Admin"), ("channelId", channel), ("teamId", CommsTeam), ("text", text)));
}

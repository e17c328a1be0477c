using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.ApprovedAnswers;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Tests.Versions;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge.Versions.Approved;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.ApprovedAnswers;

/// <summary>
/// A Communications team member answers a ticket and saves the answer as approved; staff who ask again see it
/// labelled beside the policy; replacing the policy file expires it when its clause changed, not otherwise. Over /api/messages.
/// </summary>
public sealed class ApprovedAnswerTurnsTests : IAsyncLifetime
{
    private const string Admin = "29:9admin";
    private const string CommsChannel = "19:comms@thread.tacv2";
    private const string CommsTeam = "19:commsteam@thread.tacv2";
    private const string Question = "Can I add my colleagues as friends on Facebook?";
    private const string TeamAnswer = "Yes. Set your profile so only friends see your posts, and keep work matters off it.";

    private readonly RevisableKnowledge _folder = new();
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?>
        {
            ["Escalations:Admins:0"] = Admin,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Knowledge:Folder"] = _folder.Path,
            ["Knowledge:WatchForChanges"] = "false",
        });
        await _bot.PostAsync(_bot.Activity("channel-message.json", ("id", "1700000000777"), ("fromId", Admin), ("fromName", "Admin"), ("channelId", CommsChannel), ("teamId", CommsTeam), ("text", "use this channel for escalations")));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Done:", StringComparison.Ordinal), "the registration reply");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task Save_FromAnAnsweredTicket_StaffAskingAgainSeeItLabelledBesideThePolicy()
    {
        var form = await AnswerTicketAndOpenFormAsync();
        var clauses = form["body"]!.AsArray().Single(e => (string?)e!["id"] == "clause")!;
        Assert.Equal($"social-media-policy#{RevisedPolicy.BeSafe}", clauses["value"]!.GetValue<string>());
        Assert.Equal(Question, form["body"]!.AsArray().Single(e => (string?)e!["id"] == "question")!["value"]!.GetValue<string>());

        var saved = await ActAsync(ApprovedAnswerDesk.Save, Data(Question, RevisedPolicy.BeSafe), CommsTeam);
        Assert.Contains("Saved as approved answer 1", saved, StringComparison.Ordinal);

        var card = BotServer.Text(BotServer.CardOf(await AskAsync("can I be friends with coworkers on facebook?")));
        Assert.Contains("Approved answer from the Communications team, interpreting \u201cBe safe\u201d", card, StringComparison.Ordinal);
        Assert.Contains(TeamAnswer, card, StringComparison.Ordinal);
        Assert.Contains("Approved by Ana Comms on 25 November 2026", card, StringComparison.Ordinal);
        Assert.Contains("Prisoners and offenders are known to use social media", card, StringComparison.Ordinal);
        Assert.Equal(1, (await Store.FindAsync(1, CancellationToken.None))!.Uses);

        // A different question that shares most of the words gets the policy's answer alone.
        Assert.DoesNotContain("Approved answer", BotServer.Text(BotServer.CardOf(await AskAsync("can I add offenders as friends on Facebook?"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewVersion_ChangesTheClause_ExpiresTheAnswer_AndLeavesOneOnAnUnchangedClause()
    {
        await AnswerTicketAndOpenFormAsync();
        await ActAsync(ApprovedAnswerDesk.Save, Data(Question, RevisedPolicy.BeSafe), CommsTeam);
        var kb = await _bot.Services.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None);
        var version = (await _bot.Services.GetRequiredService<PolicyVersions>().CatalogAsync(kb, CancellationToken.None)).Current(RevisedPolicy.PolicyId)!;
        await Store.AddAsync(new ApprovedAnswer(string.Empty, "Can I retweet posts from the Corrections Twitter account?", "Yes, sharing Corrections' own posts is fine.", ClauseReference.In(version, RevisedPolicy.DontComment), new Approval("29:5comms", "Ana Comms", "Communications team", TestClock.Start)), null, CancellationToken.None);

        _folder.Revise();
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);

        var beSafe = (await Store.FindAsync(1, CancellationToken.None))!.Answer;
        Assert.Equal(ApprovedAnswerState.Expired, beSafe.State);
        Assert.Equal("\u201cBe safe\u201d changed in version 2, effective 1 March 2027.", beSafe.StateReason);
        Assert.Equal(ApprovedAnswerState.Current, (await Store.FindAsync(2, CancellationToken.None))!.Answer.State);
        Assert.DoesNotContain("Approved answer", BotServer.Text(BotServer.CardOf(await AskAsync("can I be friends with coworkers on facebook?"))), StringComparison.Ordinal);
        Assert.Contains("Approved answer from the Communications team, interpreting \u201cDon't comment on Corrections matters\u201d", BotServer.Text(BotServer.CardOf(await AskAsync("is it ok to retweet a post from corrections' twitter account"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_FromAnotherTeam_Refused()
    {
        await AnswerTicketAndOpenFormAsync();

        var refused = await ActAsync(ApprovedAnswerDesk.Save, Data(Question, RevisedPolicy.BeSafe), "19:someotherteam@thread.tacv2");

        Assert.Contains("Only the team this ticket was sent to can approve its answer", refused, StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Save_HeadingWithNoWordsOfItsOwn_AsksForAClauseAndSavesNothing()
    {
        await AnswerTicketAndOpenFormAsync();

        var again = await ActAsync(ApprovedAnswerDesk.Save, Data(Question, "policy-principles-and-standards"), CommsTeam);

        Assert.Contains("Choose the part of the policy the answer interprets.", again, StringComparison.Ordinal);
        Assert.Empty(await Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Retire_InTheCommsChannel_StaffNoLongerSeeIt_ElsewhereRefused()
    {
        await AnswerTicketAndOpenFormAsync();
        await ActAsync(ApprovedAnswerDesk.Save, Data(Question, RevisedPolicy.BeSafe), CommsTeam);

        await _bot.PostAsync(_bot.Activity("channel-mention.json", ("text", "retire approved answer 1")));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("registered channel, such as the Communications team's", StringComparison.Ordinal), "the refusal outside the queue channels");
        Assert.Equal(ApprovedAnswerState.Current, (await Store.FindAsync(1, CancellationToken.None))!.Answer.State);
        await _bot.PostAsync(_bot.Activity("channel-message.json", ("id", "1700000000778"), ("fromId", "29:5comms"), ("fromName", "Ana Comms"), ("channelId", CommsChannel), ("teamId", CommsTeam), ("text", "retire approved answer 1")));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Retired approved answer 1", StringComparison.Ordinal), "the retirement reply");

        Assert.Equal(ApprovedAnswerState.Retired, (await Store.FindAsync(1, CancellationToken.None))!.Answer.State);
        Assert.Equal("Retired by Ana Comms.", (await Store.FindAsync(1, CancellationToken.None))!.Answer.StateReason);
        Assert.DoesNotContain("Approved answer", BotServer.Text(BotServer.CardOf(await AskAsync("can I be friends with coworkers on facebook?"))), StringComparison.Ordinal);
    }

    private ApprovedAnswerStore Store => _bot.Services.GetRequiredService<ApprovedAnswerStore>();

    private static string Data(string question, string sectionId) =>
        new JsonObject { ["action"] = ApprovedAnswerDesk.Save, ["escalationId"] = 1, ["question"] = question, ["answer"] = TeamAnswer, ["clause"] = $"social-media-policy#{sectionId}" }.ToJsonString();

    /// <summary>Staff asks a person, Ana answers the ticket, then opens "Save as an approved answer": returns the form.</summary>
    private async Task<JsonObject> AnswerTicketAndOpenFormAsync()
    {
        var submit = $$"""{"action":"escalation.submit","to":"communications-team","question":"{{Question}}","confidential":"false"}""";
        await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", "escalation.submit"), ("data", submit)));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("PB-1001", StringComparison.Ordinal) && BotServer.Text(a).Contains("Unassigned", StringComparison.Ordinal), "the ticket card");
        var answered = await ActAsync("ticket.answer", new JsonObject { ["action"] = "ticket.answer", ["escalationId"] = 1, ["answer"] = TeamAnswer }.ToJsonString(), CommsTeam);
        Assert.Contains("Save as an approved answer", answered, StringComparison.Ordinal);

        await ActAsync(ApprovedAnswerDesk.Start, """{"action":"approved.start","escalationId":1}""", CommsTeam);
        return BotServer.CardOf(await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Save as an approved answer (PB-1001)", StringComparison.Ordinal), "the approval form"));
    }

    private async Task<string> ActAsync(string verb, string data, string team)
    {
        var response = await _bot.PostAsync(_bot.Activity("ticket-action.json", ("verb", verb), ("data", data), ("fromId", "29:5comms"), ("fromName", "Ana Comms"), ("channelId", CommsChannel), ("teamId", team)));
        return BotServer.Text(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private async Task<JsonObject> AskAsync(string text)
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", text)));
        return await _bot.Connector.WaitForAsync(a => a["attachments"] is not null && Uri.UnescapeDataString((string?)a["_path"] ?? string.Empty).Contains("1personal-chat", StringComparison.Ordinal) && BotServer.Text(a).Contains("Sources", StringComparison.Ordinal), "the answer card");
    }
}

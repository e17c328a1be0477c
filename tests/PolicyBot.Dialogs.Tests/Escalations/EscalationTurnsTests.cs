using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Escalations;

/// <summary>Escalations over /api/messages as Teams drives them, with the outbox worker delivering to the connector stub.</summary>
public sealed class EscalationTurnsTests : IAsyncLifetime
{
    private const string Admin = "29:9admin";
    private const string CommsChannel = "19:comms@thread.tacv2";
    private const string CommsTeam = "19:commsteam@thread.tacv2";
    private const string IntegrityChannel = "19:integrity@thread.tacv2";
    private const string IntegrityTeam = "19:integrityteam@thread.tacv2";

    private readonly string _pickup = Directory.CreateTempSubdirectory("policybot-pickup").FullName;
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?>
    {
        ["Escalations:Admins:0"] = Admin,
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:FirstRetryDelay"] = "00:00:00.100",
        ["Mail:PickupFolder"] = _pickup,
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Escalation_StaffAsksMemberClaimsAndAnswers_StaffGetsTheAnswerAndTheTicketShowsAnswered()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");

        var ask = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", "askPerson"), ("data", """{"action":"askPerson","question":"Can I talk to a reporter about my job?","to":"communications-team"}""")));
        Assert.True(ask.IsSuccessStatusCode);
        var confirm = BotServer.Text(BotServer.CardOf(await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Keep my name confidential", StringComparison.Ordinal), "the confirmation card")));
        Assert.Contains("PolicyBot's answer:", confirm, StringComparison.Ordinal);
        Assert.Contains("Communications team", confirm, StringComparison.Ordinal);

        var sent = await SubmitAsync("communications-team", "false");
        Assert.Contains("PB-1001", sent, StringComparison.Ordinal);

        var ticket = await _bot.Connector.WaitForAsync(a => Path(a).Contains("comms", StringComparison.Ordinal) && (string?)a["_method"] == "POST", "the ticket card to the channel");
        Assert.Contains("Unassigned", BotServer.Text(ticket), StringComparison.Ordinal);
        Assert.Contains("Sam Staff", BotServer.Text(ticket), StringComparison.Ordinal);

        var claimed = await TicketAsync("ticket.claim", """{"action":"ticket.claim","escalationId":1}""", CommsTeam);
        Assert.Contains("Assigned", claimed, StringComparison.Ordinal);
        await _bot.Connector.WaitForAsync(a => Path(a).Contains("1personal-chat", StringComparison.Ordinal) && BotServer.Text(a).Contains("Ana Comms is looking at your question PB-1001", StringComparison.Ordinal), "the claim notice to the staff member");

        var answered = await TicketAsync("ticket.answer", """{"action":"ticket.answer","escalationId":1,"answer":"Please refer the reporter to the media team."}""", CommsTeam);
        Assert.Contains("Answered", answered, StringComparison.Ordinal);

        var relayed = await _bot.Connector.WaitForAsync(a => Path(a).Contains("1personal-chat", StringComparison.Ordinal) && BotServer.Text(a).Contains("Please refer the reporter to the media team.", StringComparison.Ordinal), "the answer to the staff member");
        Assert.Contains("Answer to your question (PB-1001)", BotServer.Text(relayed), StringComparison.Ordinal);
        await _bot.Connector.WaitForAsync(a => (string?)a["_method"] == "PUT" && Path(a).Contains("comms", StringComparison.Ordinal) && BotServer.Text(a).Contains("Answered", StringComparison.Ordinal), "the ticket card updated in place to Answered");

        var store = _bot.Services.GetRequiredService<IEscalationStore>();
        Assert.Equal(EscalationStatus.Answered, (await store.GetAsync(1, CancellationToken.None))!.Status);
        Assert.Equal(["created", "claim", "answer"], (await store.HistoryAsync(1, CancellationToken.None)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Escalation_AskedFromAChannel_OpensAPersonalChatForTheNotices()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        var data = """{"action":"escalation.submit","to":"communications-team","question":"Can I comment on the news story?","confidential":"false"}""";
        await _bot.PostAsync(_bot.Activity("card-action-channel.json", ("verb", "escalation.submit"), ("data", data), ("fromId", "29:7channel-staff"), ("fromName", "Tui Ngata")));
        await _bot.Connector.WaitForAsync(a => Path(a).Contains("comms", StringComparison.Ordinal) && BotServer.Text(a).Contains("Tui Ngata", StringComparison.Ordinal), "the ticket card");

        await TicketAsync("ticket.claim", """{"action":"ticket.claim","escalationId":1}""", CommsTeam);

        await _bot.Connector.WaitForAsync(a => Path(a).Contains("a:1personal-29:7channel-staff", StringComparison.Ordinal) && BotServer.Text(a).Contains("Ana Comms is looking at your question PB-1001", StringComparison.Ordinal), "the claim notice in a new personal chat");
        Assert.Equal(["29:7channel-staff"], _bot.Connector.OpenedChats);
    }

    [Fact]
    public async Task Ticket_ActionFromAnotherTeam_GetsAnErrorCardAndNothingChanges()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        await SubmitAsync("communications-team", "false");

        var refused = await TicketAsync("ticket.claim", """{"action":"ticket.claim","escalationId":1}""", "19:someotherteam@thread.tacv2");

        Assert.Contains(TicketDesk.NotYours, refused, StringComparison.Ordinal);
        var store = _bot.Services.GetRequiredService<IEscalationStore>();
        Assert.Equal(EscalationStatus.Unassigned, (await store.GetAsync(1, CancellationToken.None))!.Status);
        Assert.Single(await store.HistoryAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task Ticket_ActionBySomeoneNotOnTheTeamsRoster_GetsAnErrorCardAndNothingChanges()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        await SubmitAsync("communications-team", "false");

        // A guest in a shared channel clicks from inside the registered team's channel, but the roster doesn't know them.
        var response = await _bot.PostAsync(_bot.Activity("ticket-action.json", ("verb", "ticket.claim"), ("data", """{"action":"ticket.claim","escalationId":1}"""), ("fromId", "29:7guest"), ("fromName", "Guest User"), ("channelId", CommsChannel), ("teamId", CommsTeam)));

        Assert.Contains(TicketDesk.NotYours, BotServer.Text(JsonNode.Parse(await response.Content.ReadAsStringAsync())), StringComparison.Ordinal);
        Assert.Equal(EscalationStatus.Unassigned, (await _bot.Services.GetRequiredService<IEscalationStore>().GetAsync(1, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData("ticket.claim", """{"action":"ticket.claim","escalationId":1}""")]
    [InlineData("ticket.answer", """{"action":"ticket.answer","escalationId":1,"answer":"Yes, go ahead."}""")]
    [InlineData("ticket.assign", """{"action":"ticket.assign","escalationId":1,"assignee":"Guest User"}""")]
    public async Task Ticket_ActionByAGuestOnTheRoster_IsRefusedAndNothingChanges(string verb, string data)
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        await SubmitAsync("communications-team", "false");
        _bot.Connector.Guests.Add("29:8guest");

        var refused = await TicketAsync(verb, data, CommsTeam, "29:8guest");

        Assert.Contains(TicketDesk.NotYours, refused, StringComparison.Ordinal);
        Assert.Equal(EscalationStatus.Unassigned, (await _bot.Services.GetRequiredService<IEscalationStore>().GetAsync(1, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Ticket_UnknownIdAndAnotherTeamsTicket_GetTheSameReply()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        await SubmitAsync("communications-team", "false");

        var otherTeams = await TicketAsync("ticket.claim", """{"action":"ticket.claim","escalationId":1}""", "19:someotherteam@thread.tacv2");
        var unknown = await TicketAsync("ticket.claim", """{"action":"ticket.claim","escalationId":999}""", "19:someotherteam@thread.tacv2");

        Assert.Equal(otherTeams, unknown);
    }

    [Fact]
    public async Task Submit_RedeliveredActivity_MakesOneEscalationAndOneTicket()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");

        var first = await SubmitAsync("communications-team", "false");
        var again = await SubmitAsync("communications-team", "false");

        Assert.Contains("PB-1001", first, StringComparison.Ordinal);
        Assert.Contains("PB-1001", again, StringComparison.Ordinal);
        await _bot.Connector.WaitForAsync(a => Path(a).Contains("comms", StringComparison.Ordinal), "the ticket card");
        await _bot.OutboxDrainedAsync();
        Assert.Single(await _bot.Services.GetRequiredService<IEscalationStore>().ListAsync(null, CancellationToken.None));
        Assert.Single(_bot.Connector.All, a => Path(a).Contains("comms", StringComparison.Ordinal) && BotServer.Text(a).Contains("PB-1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_ConfidentialIntegrityQuestion_GoesOnlyToTheIntegrityChannelWithoutTheName()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        await RegisterAsync(IntegrityChannel, IntegrityTeam, "use this channel for escalations for integrity");

        await SubmitAsync("integrity-support-team", "true");

        var ticket = BotServer.Text(await _bot.Connector.WaitForAsync(a => Path(a).Contains("integrity", StringComparison.Ordinal), "the integrity ticket"));
        Assert.Contains("Confidential", ticket, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Staff", ticket, StringComparison.Ordinal);
        var history = await _bot.Services.GetRequiredService<IEscalationStore>().HistoryAsync(1, CancellationToken.None);
        Assert.DoesNotContain(history, e => e.Actor.Contains("Sam Staff", StringComparison.Ordinal));
        await _bot.OutboxDrainedAsync();
        Assert.DoesNotContain(_bot.Connector.All, a => Path(a).Contains("comms", StringComparison.Ordinal) && BotServer.Text(a).Contains("PB-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbox_TeamsThrottles_TheTicketIsPostedAfterRetryAfter()
    {
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        var before = _bot.Connector.Attempts;
        _bot.Connector.FailNext(429, retryAfterSeconds: 1);
        _bot.Connector.FailNext(503);

        var started = DateTime.UtcNow;
        await SubmitAsync("communications-team", "false");
        await _bot.Connector.WaitForAsync(a => Path(a).Contains("comms", StringComparison.Ordinal) && BotServer.Text(a).Contains("PB-1001", StringComparison.Ordinal), "the ticket card after throttling");

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1), "The worker retried before Retry-After.");
        Assert.Equal(3, _bot.Connector.Attempts - before);
    }

    [Fact]
    public async Task Register_NotAnAdmin_IsRefusedAndNothingIsStored()
    {
        await _bot.PostAsync(_bot.Activity("channel-message.json", ("id", "1700000000050"), ("fromId", "29:1staff-member"), ("fromName", "Sam Staff"), ("channelId", CommsChannel), ("teamId", CommsTeam), ("text", "use this channel for escalations")));

        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Only a PolicyBot admin", StringComparison.Ordinal), "the refusal");
        Assert.Null(await _bot.Services.GetRequiredService<ConversationReferenceStore>().GetAsync("queue:communications", CancellationToken.None));
    }

    [Fact]
    public async Task Message_TalkToAHuman_ShowsTheConfirmationCard()
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "talk to a human")));

        var card = BotServer.Text(BotServer.CardOf(await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Keep my name confidential", StringComparison.Ordinal), "the confirmation card")));
        Assert.Contains("escalation.submit", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_BotStopsBeforeDelivering_TheRestartedBotPostsTheTicketOnce()
    {
        var database = _bot.DatabasePath;
        var connector = _bot.Connector;
        await _bot.StopKeepingConnectorAsync();
        var accepting = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Storage:SqlitePath"] = database, ["Escalations:Admins:0"] = Admin, ["Outbox:Enabled"] = "false" }, connector);
        _bot = accepting;
        await RegisterAsync(CommsChannel, CommsTeam, "use this channel for escalations");
        Assert.Contains("PB-1001", await SubmitAsync("communications-team", "false"), StringComparison.Ordinal);

        // This instance delivers nothing (Outbox:Enabled false): the ticket waits in the outbox, never tried.
        Assert.Equal(0, Assert.Single(await accepting.Services.GetRequiredService<OutboxStore>().ListAsync(CancellationToken.None)).Attempts);

        await accepting.StopKeepingConnectorAsync();
        _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Storage:SqlitePath"] = database, ["Outbox:PollInterval"] = "00:00:00.050" }, connector);

        await connector.WaitForAsync(a => Path(a).Contains("comms", StringComparison.Ordinal) && BotServer.Text(a).Contains("PB-1001", StringComparison.Ordinal), "the ticket card from the restarted bot");
        await _bot.OutboxDrainedAsync();
        Assert.Single(connector.All, a => BotServer.Text(a).Contains("PB-1001", StringComparison.Ordinal));
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Submit_NoChannelRegistered_MailsTheMailboxWithTicketReference()
    {
        var sent = await SubmitAsync("communications-team", "true");

        Assert.Contains("by email", sent, StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Directory.GetFiles(_pickup, "*.eml").Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(_pickup, "*.eml")));
        Assert.Contains("Subject: [PB-1001]", mail, StringComparison.Ordinal);
        Assert.Contains("To: socialmedia@corrections.govt.nz", mail, StringComparison.Ordinal);
        Assert.Contains("Reply-To:", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Staff", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ManagerWithoutGraph_GivesAPreparedMessageAndNoChatLinkWithoutTheirAddress()
    {
        var card = await SubmitAsync("manager", "false");

        // A Teams chat link with an empty users= opened no chat: without Graph there is no address to put there.
        Assert.DoesNotContain("teams.microsoft.com/l/chat", card, StringComparison.Ordinal);
        Assert.Contains("Copy this message into a Teams chat with your manager and send it.", card, StringComparison.Ordinal);
        Assert.Contains("Kia ora, I have a question about the Social Media Policy (PB-1001): Can I talk to a reporter about my job?", card, StringComparison.Ordinal);
        Assert.Contains("PB-1001", card, StringComparison.Ordinal);
        Assert.Equal(EscalationStatus.HandedOff, (await _bot.Services.GetRequiredService<IEscalationStore>().GetAsync(1, CancellationToken.None))!.Status);
    }

    private static string Path(JsonObject activity) => Uri.UnescapeDataString((string?)activity["_path"] ?? string.Empty);

    private async Task RegisterAsync(string channel, string team, string text)
    {
        await _bot.PostAsync(_bot.Activity("channel-message.json", ("id", "17000000000" + channel.Length), ("fromId", Admin), ("fromName", "Admin"), ("channelId", channel), ("teamId", team), ("text", text)));
        await _bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Done:", StringComparison.Ordinal) && Path(a).Contains(channel, StringComparison.Ordinal), "the registration reply");
    }

    private async Task<string> SubmitAsync(string to, string confidential)
    {
        var data = $$"""{"action":"escalation.submit","to":"{{to}}","question":"Can I talk to a reporter about my job?","confidential":"{{confidential}}"}""";
        var response = await _bot.PostAsync(_bot.Activity("card-action.json", ("verb", "escalation.submit"), ("data", data)));
        return BotServer.Text(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private async Task<string> TicketAsync(string verb, string data, string team, string from = "29:5comms")
    {
        var response = await _bot.PostAsync(_bot.Activity("ticket-action.json", ("verb", verb), ("data", data), ("fromId", from), ("fromName", "Ana Comms"), ("channelId", CommsChannel), ("teamId", team)));
        return BotServer.Text(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}

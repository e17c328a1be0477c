using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Escalations;

/// <summary>Where "Ask a person" sends a question, as routing.json and the registered channels say, over /api/messages.</summary>
public sealed class EscalationIntakeTests
{
    private const string SafetyQuestion = "Someone found my profile and messaged me about my job. What do I do?";

    // Out of the box the Integrity Support Team has no channel and no mailbox: it was pre-selected, and Send failed.
    [Fact]
    public async Task AskPerson_IntegrityTeamCannotTakeQuestions_OffersTheManagerSayingSoAndSendWorks()
    {
        await using var bot = await BotServer.StartAsync();

        await bot.PostAsync(bot.Activity("card-action.json", ("verb", "askPerson"), ("data", $$"""{"action":"askPerson","question":"{{SafetyQuestion}}","to":"integrity-support-team"}""")));
        var confirm = BotServer.CardOf(await bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Keep my name confidential", StringComparison.Ordinal), "the confirmation card"));

        Assert.Equal("manager", Choices(confirm)["value"]!.GetValue<string>());
        Assert.Equal(["Communications team", "Your manager"], Choices(confirm)["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.Contains("The Integrity Support Team can't take questions through PolicyBot yet, so this goes to your manager instead.", BotServer.Text(confirm), StringComparison.Ordinal);
        var sent = await SubmitAsync(bot, "manager", SafetyQuestion);
        Assert.DoesNotContain("Sorry, that didn't work", sent, StringComparison.Ordinal);
        Assert.Contains("Copy this message into a Teams chat with your manager", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_RouteWithNowhereToDeliver_ShowsTheFormAgainWithTheQuestionAsTyped()
    {
        await using var bot = await BotServer.StartAsync();
        const string typed = "My own words: a man from the prison keeps messaging me on Facebook.";

        var card = JsonNode.Parse(await SubmitAsync(bot, "integrity-support-team", typed))!.AsObject();

        Assert.Equal("application/vnd.microsoft.card.adaptive", card["type"]!.GetValue<string>());
        var form = card["value"]!.AsObject();
        Assert.Equal(typed, form["body"]!.AsArray().Single(e => (string?)e!["id"] == "question")!["value"]!.GetValue<string>());
        Assert.Equal("manager", Choices(form)["value"]!.GetValue<string>());
        Assert.Empty(await bot.Services.GetRequiredService<IEscalationStore>().ListAsync(null, CancellationToken.None));
    }

    // A route added to routing.json with a queue of its own goes there: no code names the queues.
    [Fact]
    public async Task Submit_RouteAndQueueAddedToRoutingJson_RegistersAndMailsThatQueue()
    {
        var folder = KnowledgeFolder.Copy();
        var routing = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "routing.json")))!.AsObject();
        routing["queues"]!.AsArray().Add(JsonNode.Parse("""{ "id": "privacy", "mailbox": "privacy@corrections.govt.nz", "registers": "use this channel for escalations for privacy" }"""));
        var privacy = routing["routes"]!.AsArray().Single(r => (string?)r!["id"] == "integrity-support-team")!.DeepClone().AsObject();
        privacy["id"] = "privacy-team";
        privacy["name"] = "Privacy team";
        privacy["delivery"] = "queue:privacy";
        privacy.Remove("otherwise");
        routing["routes"]!.AsArray().Add(privacy);
        File.WriteAllText(Path.Combine(folder, "routing.json"), routing.ToJsonString());
        var pickup = Directory.CreateTempSubdirectory("policybot-pickup").FullName;
        await using var bot = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Knowledge:Folder"] = folder, ["Mail:PickupFolder"] = pickup, ["Outbox:PollInterval"] = "00:00:00.050", ["Escalations:Admins:0"] = "29:9admin" });

        var sent = await SubmitAsync(bot, "privacy-team", "Can I post my home suburb?");

        Assert.Contains("I've sent your question to the Privacy team by email", sent, StringComparison.Ordinal);
        var mail = await File.ReadAllTextAsync(await WaitForFileAsync(pickup));
        Assert.Contains("To: privacy@corrections.govt.nz", mail, StringComparison.Ordinal);
        await bot.PostAsync(bot.Activity("channel-message.json", ("id", "1700000000077"), ("fromId", "29:9admin"), ("fromName", "Admin"), ("channelId", "19:privacy@thread.tacv2"), ("teamId", "19:privacyteam@thread.tacv2"), ("text", "use this channel for escalations for privacy")));
        await bot.Connector.WaitForAsync(a => BotServer.Text(a).Contains("Done: questions for the Privacy team will come to this channel", StringComparison.Ordinal), "the registration reply");
    }

    private static JsonObject Choices(JsonObject card) => card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.ChoiceSet")!.AsObject();

    private static async Task<string> SubmitAsync(BotServer bot, string to, string question)
    {
        var data = new JsonObject { ["action"] = "escalation.submit", ["to"] = to, ["question"] = question, ["confidential"] = "false" };
        var response = await bot.PostAsync(bot.Activity("card-action.json", ("verb", "escalation.submit"), ("data", data.ToJsonString())));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> WaitForFileAsync(string folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Directory.GetFiles(folder, "*.eml").Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Assert.Single(Directory.GetFiles(folder, "*.eml"));
    }
}

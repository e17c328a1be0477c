using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Answers;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Teams;

/// <summary>Teams delivers an activity again when it thinks it went unanswered: each is answered once, also across instances.</summary>
public sealed class RedeliveryGuardTests
{
    [Fact]
    public async Task Message_DeliveredThreeTimes_IsAnsweredOnce()
    {
        await using var bot = await BotServer.StartAsync();
        var message = bot.Activity("personal-message.json", ("id", BotServer.NextActivityId()), ("text", "can I retweet the department's tweets?"));

        for (var delivery = 0; delivery < 3; delivery++)
        {
            Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(message)).StatusCode);
        }

        // Each post returns once its turn is over, replies sent: what was sent is all there will be.
        Assert.Single(bot.Connector.All);
    }

    [Fact]
    public async Task AskAPerson_DeliveredThreeTimes_SendsOneConfirmationCardAndGivesTheSameResponse()
    {
        await using var bot = await BotServer.StartAsync();
        var click = bot.Activity("card-action.json", ("id", BotServer.NextActivityId()), ("verb", "askPerson"), ("data", """{"action":"askPerson","question":"Can I talk to a reporter?","to":"communications-team"}"""));

        var responses = new List<string>();
        for (var delivery = 0; delivery < 3; delivery++)
        {
            responses.Add(await (await bot.PostAsync(click)).Content.ReadAsStringAsync());
        }

        Assert.Single(bot.Connector.All, a => BotServer.Text(a).Contains("Keep my name confidential", StringComparison.Ordinal));
        Assert.Single(responses.Distinct());
        Assert.Contains("Ask a person", responses[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_DeliveredThreeTimes_KeepsOneRowAndThanksEachTime()
    {
        await using var bot = await BotServer.StartAsync();
        var click = bot.Activity("card-action.json", ("id", BotServer.NextActivityId()), ("verb", "feedback"), ("data", """{"action":"feedback","helpful":true,"question":"can i criticise the govt on fb"}"""));

        for (var delivery = 0; delivery < 3; delivery++)
        {
            var card = JsonNode.Parse(await (await bot.PostAsync(click)).Content.ReadAsStringAsync());
            Assert.Contains("Thanks, glad it helped.", BotServer.Text(card), StringComparison.Ordinal);
        }

        Assert.Single(await bot.Services.GetRequiredService<FeedbackStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Message_DeliveredToTwoInstancesOnOnePostgres_IsAnsweredOnce()
    {
        var postgres = await TestDatabase.PostgresSchemaAsync();
        await using var connector = await ConnectorStub.StartAsync();
        await using var first = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = postgres }, connector);
        await using var second = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = postgres }, connector);
        var message = first.Activity("personal-message.json", ("id", BotServer.NextActivityId()), ("text", "who owns this policy?"));

        var deliveries = await Task.WhenAll(first.PostAsync(message), second.PostAsync(message), first.PostAsync(message), second.PostAsync(message));

        Assert.All(deliveries, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(connector.All);
    }
}

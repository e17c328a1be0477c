using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Answers;

/// <summary>The answer card's buttons over /api/messages.</summary>
public sealed class AnswerTurnsTests
{
    // Card data carrying a question over the cap got "That button didn't carry what I need", which says nothing of why.
    [Fact]
    public async Task Feedback_QuestionOverTheCap_SaysHowLongItIsAndTheCap()
    {
        await using var bot = await BotServer.StartAsync();
        var data = new JsonObject { ["action"] = "feedback", ["helpful"] = false, ["question"] = "can I tweet " + new string('x', 1_988) };

        var response = await bot.PostAsync(bot.Activity("card-action.json", ("verb", "feedback"), ("data", data.ToJsonString())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That question is 2,000 characters long. I take questions of up to 1,000 characters: please ask it in a sentence or two.", BotServer.Text(JsonNode.Parse(await response.Content.ReadAsStringAsync())), StringComparison.Ordinal);
    }
}

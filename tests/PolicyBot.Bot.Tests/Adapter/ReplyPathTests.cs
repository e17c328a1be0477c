using PolicyBot.TestHost;
namespace PolicyBot.Bot.Tests.Adapter;

public sealed class ReplyPathTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_SeveralQuestions_AllAnsweredOverOneConnection()
    {
        string[] questions = ["who owns this policy?", "can I retweet the department's tweets?", "an inmate sent me a friend request"];

        foreach (var question in questions)
        {
            await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", question)));
            Assert.Equal("message", (await _bot.Connector.NextAsync())["type"]!.GetValue<string>());
        }

        // Turns share a connector client, so later replies keep using the first reply's connection
        // instead of opening (and leaving in TIME_WAIT) one per reply.
        Assert.Equal(1, _bot.Connector.Connections);
    }
}

using System.Text.Json.Nodes;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Answers;

/// <summary>
/// The review-overdue note goes once per conversation per policy, not on every card: two bot instances share one
/// PostgreSQL, as in production, and questions reach either of them over /api/messages.
/// </summary>
public sealed class AnswerTurnsTests : IAsyncLifetime
{
    private const string Overdue = "was due for review in July 2017";
    private const string Question = "can I retweet the department's tweets?";

    private BotServer _one = null!;
    private BotServer _two = null!;

    public async Task InitializeAsync()
    {
        var schema = await TestDatabase.PostgresSchemaAsync();
        var shared = new Dictionary<string, string?> { ["Storage:PostgresConnectionString"] = schema };
        _one = await BotServer.StartAsync(_ => shared);
        _two = await BotServer.StartAsync(_ => shared);
    }

    public async Task DisposeAsync()
    {
        await _one.DisposeAsync();
        await _two.DisposeAsync();
    }

    [Fact]
    public async Task Ask_SameChannelTwiceOnTwoInstances_ReviewNoteOnTheFirstAnswerOnly()
    {
        var first = await AskInChannelAsync(_one, "1700000000002");
        var again = await AskInChannelAsync(_two, "1700000000099");

        Assert.Contains(Overdue, first, StringComparison.Ordinal);
        Assert.Contains("Don't comment on Corrections matters", again, StringComparison.Ordinal);
        Assert.DoesNotContain(Overdue, again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_PersonalChatAfterTheChannel_ItsOwnConversationSoTheNoteOnceThere()
    {
        await AskInChannelAsync(_one, "1700000000002");

        var personal = await AskPersonallyAsync(_two);
        var personalAgain = await AskPersonallyAsync(_one);

        Assert.Contains(Overdue, personal, StringComparison.Ordinal);
        Assert.DoesNotContain(Overdue, personalAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_OnACardWithoutTheNote_TheCardThatReplacesItHasNoneEither()
    {
        var withNote = await FeedbackAsync(reviewNote: true);
        var without = await FeedbackAsync(reviewNote: false);

        Assert.Contains(Overdue, withNote, StringComparison.Ordinal);
        Assert.Contains("Thanks, glad it helped.", without, StringComparison.Ordinal);
        Assert.DoesNotContain(Overdue, without, StringComparison.Ordinal);
    }

    private static async Task<string> AskInChannelAsync(BotServer bot, string thread)
    {
        var activity = bot.Activity("channel-mention.json", ("text", Question)).Replace("messageid=1700000000002", $"messageid={thread}", StringComparison.Ordinal);
        await bot.PostAsync(activity);
        var reply = await bot.Connector.WaitForAsync(a => a["attachments"] is JsonArray && ((string?)a["_path"])!.Contains($"messageid={thread}", StringComparison.Ordinal), "the answer in the thread");
        return BotServer.Text(BotServer.CardOf(reply));
    }

    private static async Task<string> AskPersonallyAsync(BotServer bot)
    {
        await bot.PostAsync(bot.Activity("personal-message.json", ("text", Question)));
        var reply = await bot.Connector.WaitForAsync(a => a["attachments"] is JsonArray && ((string?)a["_path"])!.Contains("a:1personal-chat", StringComparison.Ordinal), "the answer in the personal chat");
        return BotServer.Text(BotServer.CardOf(reply));
    }

    private async Task<string> FeedbackAsync(bool reviewNote)
    {
        var data = new JsonObject { ["action"] = "feedback", ["helpful"] = true, ["question"] = Question, ["reviewNote"] = reviewNote }.ToJsonString();
        var response = await _one.PostAsync(_one.Activity("card-action.json", ("verb", "feedback"), ("data", data)));
        return await response.Content.ReadAsStringAsync();
    }
}

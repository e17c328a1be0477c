using System.Text.Json;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Tests.Routing;

public sealed class TurnRouterTests
{
    public static TheoryData<string, string> Utterances()
    {
        var rows = new TheoryData<string, string>();
        using var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "routes.json")));
        foreach (var row in table.RootElement.EnumerateArray())
        {
            rows.Add(row.GetProperty("text").GetString()!, row.GetProperty("route").GetString()!);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Utterances))]
    public async Task Recognize_Utterance_GoesToItsRoute(string text, string route)
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("routes").FullName, "bot.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:SqlitePath", database)]).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddPolicyDialogs(configuration).BuildServiceProvider();

        Assert.Equal(route, services.GetRequiredService<TurnRouter>().Recognize(text));
    }

    [Fact]
    public void New_TwoFeaturesClaimTheSameVerb_FailsNamingTheVerbAndBoth()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new TurnRouter([new Answers(), new Feedback()], NullLogger<TurnRouter>.Instance));

        Assert.Equal("Two routes claim the card action verb 'feedback': Answers and Feedback. Each may have one owner; remove one of the registrations.", failure.Message);
    }

    [Fact]
    public void Recognize_TwoCommandsReadTheSameMessage_AnswersItAsAQuestion()
    {
        var router = new TurnRouter([new Answers(), new Commands("report"), new Commands("report", "other.report")], NullLogger<TurnRouter>.Instance);

        Assert.Equal("answers.question", router.Recognize("report"));
        Assert.Equal("answers.question", router.Recognize("anything else"));
    }

    [Fact]
    public void Recognize_CommandAndIntentReadTheSameMessage_TheCommandWins()
    {
        var router = new TurnRouter([new Answers(), new Commands("report"), new Intent()], NullLogger<TurnRouter>.Instance);

        Assert.Equal("test.report", router.Recognize("report"));
        Assert.Equal("test.intent", router.Recognize("a report please"));
    }

    private static Task<IMessageActivity> Reply(MessageTurn turn, CancellationToken token) => Task.FromResult<IMessageActivity>(Activity.CreateMessageActivity());

    private static Task<CardActionResult> Act(CardTurn turn, CancellationToken token) => Task.FromResult(new CardActionResult(null, null, "done"));

    private sealed class Answers : ITurnRoutes
    {
        public void Register(RouteTable routes) => routes.Otherwise("answers.question", Reply).Welcome(Reply).CardAction("feedback", Act);
    }

    private sealed class Feedback : ITurnRoutes
    {
        public void Register(RouteTable routes) => routes.CardAction("feedback", Act);
    }

    private sealed class Commands(string command, string name = "test.report") : ITurnRoutes
    {
        public void Register(RouteTable routes) => routes.Message(name, MessageRouteKind.Command, text => text == command, Reply);
    }

    private sealed class Intent : ITurnRoutes
    {
        public void Register(RouteTable routes) => routes.Message("test.intent", MessageRouteKind.Intent, text => text.Contains("report", StringComparison.Ordinal), Reply);
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using PolicyBot.Bot.Hosting;
using PolicyBot.Dialogs.Infrastructure.Knowledge;

namespace PolicyBot.Benchmarks;

/// <summary>
/// Answered questions per second through POST /api/messages with replies going to a connector stub on
/// 127.0.0.1, for PolicyBot and, in the same run, a plain SDK echo bot.
/// </summary>
internal static class Throughput
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);

    /// <param name="warmUp">How long each load runs before it is measured (2 s by default, as this benchmark always
    /// has; longer ones measure the bots nearer their steady state, when the JIT has finished with them).</param>
    public static async Task RunAsync(TimeSpan duration, TimeSpan? warmUp = null)
    {
        // One stub, a service URL per bot, so each bot's replies and connections are counted apart.
        var echoReplies = new ReplyCounter();
        var policyReplies = new ReplyCounter();
        await using var connector = await Host(app =>
        {
            ConnectorStub(app, "/echo", echoReplies);
            ConnectorStub(app, "/policybot", policyReplies);
        });
        await using var echo = await Host(EchoBot);
        await using var policyBot = BotHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", FreshDatabase.Argument("throughput")]);
        await policyBot.StartAsync();

        using var echoLoad = new MessageLoad(Address(echo), Address(connector) + "/echo/");
        using var policyLoad = new MessageLoad(Address(policyBot), Address(connector) + "/policybot/");
        using var distinctLoad = new MessageLoad(Address(policyBot), Address(connector) + "/policybot/", DistinctQuestions());

        // Warm every load up (JIT, tiered compilation, the knowledge index) so none pays for it when measured.
        var warm = warmUp ?? Round * 2;
        await echoLoad.RunAsync(warm, measure: false);
        await policyLoad.RunAsync(warm, measure: false);
        await distinctLoad.RunAsync(warm, measure: false);
        echoReplies.Reset();
        policyReplies.Reset();

        // Alternate one-second rounds: other work on this shared 2-core machine comes and goes, and should
        // land on every bot alike rather than on whichever ran while it happened.
        var peak = 0L;
        var (echoJit, policyJit, distinctJit) = (new JitShare(), new JitShare(), new JitShare());
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += Round)
        {
            await echoJit.MeasureAsync(() => echoLoad.RunAsync(Round, measure: true));
            await policyJit.MeasureAsync(() => policyLoad.RunAsync(Round, measure: true));
            await distinctJit.MeasureAsync(() => distinctLoad.RunAsync(Round, measure: true));
            peak = Math.Max(peak, Environment.WorkingSet);
        }

        Console.WriteLine($"stock SDK echo bot:          {echoLoad.Rate,8:F0} activities/s  ({echoReplies.Reset()}){echoLoad.Failures}");
        Console.WriteLine($"PolicyBot (answer + card):   {policyLoad.Rate,8:F0} activities/s  ({policyLoad.Rate / echoLoad.Rate:F1}x the echo bot){policyLoad.Failures}");
        Console.WriteLine($"PolicyBot, distinct questions (every one encoded): {distinctLoad.Rate,8:F0} activities/s  ({distinctLoad.Rate / echoLoad.Rate:F1}x the echo bot; both PolicyBot loads: {policyReplies.Reset()}){distinctLoad.Failures}");
        Console.WriteLine($"while measured: echo bot {echoJit.Describe(echoLoad.Completed)}; PolicyBot {policyJit.Describe(policyLoad.Completed)}; distinct questions {distinctJit.Describe(distinctLoad.Completed)}");
        Console.WriteLine($"resident memory under load (this whole process: PolicyBot, the echo bot, the stub and the clients): {peak / 1048576.0:F0} MB");
    }

    // Every question of every set, hundreds more than the bot keeps vectors for.
    private static string[] DistinctQuestions()
    {
        var testData = Path.Combine(Repository.Root, "tests/PolicyBot.Knowledge.Tests/TestData");
        return Directory.GetFiles(testData, "eval-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(file => PolicyBot.Knowledge.Evaluation.Evaluator.ReadCases(file))
            .Select(c => c.Question)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    internal static void ConnectorStub(WebApplication app, string prefix, ReplyCounter replies) =>
        app.MapPost(prefix + "/v3/conversations/{conversation}/activities/{activity?}", (HttpContext context) =>
        {
            replies.Add(context.Connection.Id);
            return Results.Json(new { id = "1" });
        });

    // The stock SDK set-up from Microsoft's samples: CloudAdapter on configuration, an ActivityHandler that
    // replies with SendActivityAsync.
    internal static void EchoBot(WebApplication app)
    {
        var adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(app.Configuration));
        var bot = new EchoHandler();
        app.MapPost("/api/messages", (HttpContext context) => adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
    }

    internal static async Task<WebApplication> Host(Action<WebApplication> map)
    {
        var app = Unstarted(map);
        await app.StartAsync();
        return app;
    }

    /// <summary>A slim host on a free port of 127.0.0.1 with no logging, its endpoints mapped, not yet started.</summary>
    internal static WebApplication Unstarted(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        return app;
    }

    internal static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private sealed class EchoHandler : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
    }
}

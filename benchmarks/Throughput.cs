using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using PolicyBot.Bot.Hosting;

namespace PolicyBot.Benchmarks;

/// <summary>
/// Answered questions per second through POST /api/messages with replies going to a connector stub on
/// 127.0.0.1, for PolicyBot and, in the same run, a plain SDK echo bot.
/// </summary>
internal static class Throughput
{
    private const int Connections = 16;

    public static async Task RunAsync(TimeSpan duration)
    {
        var replies = new ReplyCounter();
        await using var connector = await StartAsync(app => ConnectorStub(app, replies));
        await using var echo = await StartAsync(EchoBot);
        await using var policyBot = BotHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await policyBot.StartAsync();

        // Warm both bots up first (JIT, tiered compilation, the knowledge index), so that neither pays for
        // it in its measured run just for going first.
        var serviceUrl = Address(connector) + "/";
        var warmUp = TimeSpan.FromSeconds(Math.Min(2, duration.TotalSeconds));
        await LoadAsync(Address(echo), serviceUrl, warmUp);
        await LoadAsync(Address(policyBot), serviceUrl, warmUp);

        replies.Reset();
        var echoRate = await LoadAsync(Address(echo), serviceUrl, duration);
        var echoReplies = replies.Reset();
        var policyRate = await LoadAsync(Address(policyBot), serviceUrl, duration);
        var policyReplies = replies.Reset();
        Console.WriteLine($"stock SDK echo bot:          {echoRate,8:F0} activities/s  ({echoReplies})");
        Console.WriteLine($"PolicyBot (answer + card):   {policyRate,8:F0} activities/s  ({policyReplies}; {policyRate / echoRate:F1}x the echo bot)");
    }

    private static async Task<double> LoadAsync(string bot, string serviceUrl, TimeSpan duration)
    {
        using var client = new HttpClient { BaseAddress = new Uri(bot) };
        var questions = new[] { "can I retweet corrections tweets?", "who owns this policy", "an inmate sent me a friend request", "can i criticise the govt on facebook" };
        var completed = 0;
        var failed = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Connections).Select(async worker =>
        {
            var n = 0;
            while (stopwatch.Elapsed < duration)
            {
                var body = $$"""
                    {"type":"message","id":"{{worker}}-{{n}}","serviceUrl":"{{serviceUrl}}","channelId":"msteams",
                     "from":{"id":"29:user{{worker}}"},"recipient":{"id":"28:bot"},
                     "conversation":{"id":"a:conv{{worker}}","conversationType":"personal","tenantId":"t"},
                     "text":"{{questions[n++ % questions.Length]}}"}
                    """;
                using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref completed);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });
        await Task.WhenAll(workers);
        if (failed > 0)
        {
            Console.WriteLine($"  ({failed} requests failed)");
        }

        return completed / stopwatch.Elapsed.TotalSeconds;
    }

    private static void ConnectorStub(WebApplication app, ReplyCounter replies) =>
        app.MapPost("/v3/conversations/{conversation}/activities/{activity?}", (HttpContext context) =>
        {
            replies.Add(context.Connection.Id);
            return Results.Json(new { id = "1" });
        });

    // The stock SDK set-up from Microsoft's samples: CloudAdapter on configuration, an ActivityHandler that
    // replies with SendActivityAsync.
    private static void EchoBot(WebApplication app)
    {
        var adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(app.Configuration));
        var bot = new EchoHandler();
        app.MapPost("/api/messages", (HttpContext context) => adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
    }

    private static async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private sealed class EchoHandler : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
    }
}

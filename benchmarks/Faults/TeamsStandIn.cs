using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// The Bot Connector as the fault runs see it: takes every post, counts ticket cards by reference, and answers
/// after PostDelay. A post is counted when it arrives, as Teams shows a card it has received even when the
/// sender dies before reading the answer.
/// </summary>
internal sealed partial class TeamsStandIn : IAsyncDisposable
{
    public const string QueueChannel = "19:comms@thread.tacv2";

    private readonly WebApplication _app;

    private TeamsStandIn(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>How long Teams takes to answer a post.</summary>
    public TimeSpan PostDelay { get; set; }

    /// <summary>Ticket cards posted to the queue channel, by reference, with when each arrived.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<DateTime>> Cards { get; } = new(StringComparer.Ordinal);

    /// <summary>Every post as "time conversation: text", for the run's teams.log.</summary>
    public ConcurrentQueue<string> Posts { get; } = new();

    /// <summary>Cards that said they were posted again after an interrupted attempt.</summary>
    public int Reposts => _reposts;

    private int _reposts;

    public static async Task<TeamsStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new TeamsStandIn(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", (string conversationId, HttpRequest request) => stub.PostAsync(conversationId, request));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", () => Results.Json(new { id = "updated" }));
        app.MapPost("/v3/conversations", () => Results.Json(new { id = "a:opened" }));
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) => Results.Json(new { id = memberId, name = memberId }));
        await app.StartAsync();
        stub.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return stub;
    }

    /// <summary>Posts of one reference beyond its first.</summary>
    public int Duplicates => Cards.Values.Sum(times => Math.Max(0, times.Count - 1));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> PostAsync(string conversationId, HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))?.AsObject();
        // A card's activity says what it is in its summary ("PB-1001: Unassigned"); a plain message in its text.
        var text = body?["summary"]?.GetValue<string>() ?? body?["text"]?.GetValue<string>() ?? string.Empty;
        Posts.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {Uri.UnescapeDataString(conversationId)}: {text[..Math.Min(text.Length, 120)].ReplaceLineEndings(" ")}");
        if (Uri.UnescapeDataString(conversationId).StartsWith(QueueChannel, StringComparison.Ordinal) && Ticket().Match(text) is { Success: true } ticket)
        {
            Cards.GetOrAdd(ticket.Groups[1].Value, _ => new ConcurrentQueue<DateTime>()).Enqueue(DateTime.UtcNow);
            if (body!.ToJsonString().Contains("PolicyBot was interrupted while posting this ticket", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _reposts);
            }
        }

        if (PostDelay > TimeSpan.Zero)
        {
            await Task.Delay(PostDelay);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    [GeneratedRegex(@"^(PB-\d+): ")]
    private static partial Regex Ticket();
}

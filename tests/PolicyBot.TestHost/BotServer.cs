using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Hosting;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Knowledge;

namespace PolicyBot.TestHost;

/// <summary>The real bot host on Kestrel at 127.0.0.1, with a connector stub to reply to.</summary>
public sealed class BotServer : IAsyncDisposable
{
    private static long _activityIds = 1_800_000_000_000;

    private readonly WebApplication _app;

    private BotServer(WebApplication app, ConnectorStub connector, HttpClient client, string databasePath)
    {
        _app = app;
        Connector = connector;
        Client = client;
        DatabasePath = databasePath;
    }

    public ConnectorStub Connector { get; }

    public HttpClient Client { get; }

    public string DatabasePath { get; }

    /// <summary>The host's services, for what Teams cannot trigger, such as reloading the policies.</summary>
    public IServiceProvider Services => _app.Services;

    private bool OwnsConnector { get; init; } = true;

    /// <summary>Stops the bot as a crash would leave things, keeping the connector stub running.</summary>
    public async Task StopKeepingConnectorAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>Starts the bot; pass a connector to keep one stub (and the service URLs stored with it) across restarts.</summary>
    public static async Task<BotServer> StartAsync(Func<ConnectorStub, IDictionary<string, string?>>? settings = null, ConnectorStub? connector = null, Action<IServiceCollection>? services = null)
    {
        var owned = connector is null;
        connector ??= await ConnectorStub.StartAsync();
        var databasePath = Path.Combine(Directory.CreateTempSubdirectory("policybot").FullName, "bot.db");
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = databasePath,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings?.Invoke(connector) ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        // A fixed starting date, not today's: cards print dates, and tests must pass on any day. The policies are
        // loaded once for every host that keeps the shipped knowledge settings.
        var ownKnowledge = overrides.Keys.Any(key => key.StartsWith("Knowledge:", StringComparison.OrdinalIgnoreCase));
        void Register(IServiceCollection collection)
        {
            collection.AddSingleton<TimeProvider>(new TestClock());
            if (!ownKnowledge)
            {
                collection.AddSingleton(SharedKnowledge.Provider);
            }

            services?.Invoke(collection);
        }

        var app = BotHost.Build(["--urls", "http://127.0.0.1:0"], configuration => configuration.AddInMemoryCollection(overrides), Register);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        return new BotServer(app, connector, client, overrides["Storage:SqlitePath"]!) { OwnsConnector = owned };
    }

    /// <summary>
    /// Waits until the outbox has nothing left to deliver (every message delivered or given up), so a test can then
    /// assert what was not sent: nothing else sends, so after this nothing more will come.
    /// </summary>
    public async Task OutboxDrainedAsync()
    {
        var outbox = Services.GetRequiredService<OutboxStore>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        IReadOnlyList<OutboxState> states;
        while ((states = await outbox.ListAsync(CancellationToken.None)).Any(m => m.DeliveredAt is null && m.FailedAt is null))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The outbox still had {states.Count(m => m.DeliveredAt is null && m.FailedAt is null)} messages to deliver after 10 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// A Teams-shaped activity from TestData with its placeholders filled in. Each gets an activity id of its own
    /// unless one is given, as Teams gives each message and click; pass the same ("id", ...) to redeliver one.
    /// </summary>
    public string Activity(string fixture, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", fixture));
        json = json.Replace("{{serviceUrl}}", Connector.ServiceUrl, StringComparison.Ordinal);
        if (!values.Any(value => value.Name == "id"))
        {
            json = json.Replace("{{id}}", NextActivityId(), StringComparison.Ordinal);
        }

        foreach (var (name, value) in values)
        {
            json = json.Replace("{{" + name + "}}", value, StringComparison.Ordinal);
        }

        return json;
    }

    /// <summary>A new activity id, unique in the test run.</summary>
    public static string NextActivityId() => Interlocked.Increment(ref _activityIds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<HttpResponseMessage> PostAsync(string body, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return Client.SendAsync(request);
    }

    /// <summary>The Adaptive Card in a message the bot sent.</summary>
    public static JsonObject CardOf(JsonObject activity)
    {
        var attachment = activity["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!.AsObject();
    }

    /// <summary>JSON as a person would read it: quotes and apostrophes not escaped.</summary>
    public static string Text(JsonNode? node) =>
        node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;

    /// <summary>Every button title on a card, in the body's action sets too, leaving out fallbacks.</summary>
    public static List<string> ActionTitles(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal) => [obj["title"]!.GetValue<string>()],
        JsonObject obj => obj.Where(p => p.Key != "fallback").SelectMany(p => ActionTitles(p.Value)).ToList(),
        JsonArray array => array.SelectMany(ActionTitles).ToList(),
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        if (OwnsConnector)
        {
            await Connector.DisposeAsync();
        }
    }
}

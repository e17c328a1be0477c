using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.TestHost;

/// <summary>A Bot Connector service on 127.0.0.1 that records the activities the bot sends.</summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentDictionary<string, byte> _connections = new();

    private ConnectorStub(WebApplication app) => _app = app;

    /// <summary>The key id the stub's metadata publishes.</summary>
    public const string SigningKeyId = "policybot-test-key";

    public string ServiceUrl { get; private set; } = string.Empty;

    public string OpenIdMetadataUrl => ServiceUrl + "v1/.well-known/openidconfiguration";

    /// <summary>A metadata URL that never answers.</summary>
    public string HangingOpenIdMetadataUrl => ServiceUrl + "hang/v1/.well-known/openidconfiguration";

    /// <summary>The key the stub's metadata publishes: tokens it signs are genuine.</summary>
    public static readonly System.Security.Cryptography.RSA TrustedKey = System.Security.Cryptography.RSA.Create(2048);

    /// <summary>How many times the metadata (either one) was asked for.</summary>
    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    private int _metadataFetches;
    private int _rosterReads;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ConnectorStub(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", (HttpRequest request, HttpResponse response) => stub.RecordAsync(request, response));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest request, HttpResponse response) => stub.RecordAsync(request, response));
        // A new channel post (TeamsInfo.SendMessageToTeamsChannelAsync): Teams creates a thread whose first message is the activity.
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            if (body["activity"] is null)
            {
                // Opening a personal chat (CreateConversationAsync with no first message): Teams answers its id.
                var member = body["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
                stub.OpenedChats.Enqueue(member);
                return Results.Json(new { id = $"a:1personal-{member}" });
            }

            var activity = body["activity"]!.DeepClone().AsObject();
            var channel = body["channelData"]?["channel"]?["id"]?.GetValue<string>() ?? "unknown";
            var messageId = $"post-{stub._received.Count + 1}";
            activity["_path"] = request.Path.Value;
            activity["_channel"] = channel;
            stub.Record(activity);
            return Results.Json(new { id = $"{channel};messageid={messageId}", activityId = messageId });
        });
        // The team's roster in pages (of two unless a test says otherwise), so the bot has to follow continuation tokens.
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", (string? continuationToken) =>
        {
            var skip = int.TryParse(continuationToken, out var from) ? from : 0;
            if (skip == 0)
            {
                Interlocked.Increment(ref stub._rosterReads);
            }

            var size = stub.RosterPageSize;
            var page = new JsonArray(stub.Roster.Skip(skip).Take(size).Select(member => member!.DeepClone()).ToArray());
            var next = skip + size < stub.Roster.Count ? (skip + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Results.Text(new JsonObject { ["continuationToken"] = next, ["members"] = page }.ToJsonString(), "application/json");
        });
        // One member of a team (TeamsInfo.GetTeamMemberAsync): the roster, plus the escalation tests' Communications team.
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            stub.Roster.FirstOrDefault(m => (string?)m!["id"] == memberId) is { } member
                ? Results.Text(member.ToJsonString(), "application/json")
                : stub.TeamMembers.Contains(memberId) || stub.Guests.Contains(memberId)
                    ? Results.Text(new JsonObject { ["id"] = memberId, ["name"] = memberId, ["userRole"] = stub.Guests.Contains(memberId) ? "guest" : "user" }.ToJsonString(), "application/json")
                    : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The member is not in the team." } }, statusCode: 404));
        // A OneDrive upload URL, as the file consent flow hands one to the bot: keeps what the bot writes there.
        app.MapPut("/upload/{name}", async (string name, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            stub.Uploads[name] = (body.ToArray(), request.Headers.ContentRange.ToString());
            return Results.Json(new { id = "uploaded-" + name }, statusCode: 201);
        });
        app.MapGet("/v3/teams/{teamId}/conversations", () => Results.Text(new JsonObject { ["conversations"] = stub.Channels.DeepClone() }.ToJsonString(), "application/json"));
        // The Bot Framework's OpenID metadata and signing keys, served locally: the key published is TrustedKey's, so a
        // token signed with it is genuine and any other signature is forged, and the SDK really checks it.
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest request) =>
        {
            Interlocked.Increment(ref stub._metadataFetches);
            return Results.Json(new
            {
                issuer = "https://api.botframework.com",
                jwks_uri = $"{request.Scheme}://{request.Host}/v1/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
            });
        });
        app.MapGet("/v1/keys", () =>
        {
            var parameters = TrustedKey.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = SigningKeyId, n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!), endorsements = new[] { "msteams" } },
                },
            });
        });
        // A metadata endpoint that accepts the connection and never answers.
        app.MapGet("/hang/v1/.well-known/openidconfiguration", async (HttpContext context) =>
        {
            Interlocked.Increment(ref stub._metadataFetches);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        await app.StartAsync();
        stub.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return stub;
    }

    private readonly List<JsonObject> _all = [];
    private readonly HashSet<JsonObject> _taken = [];
    private readonly ConcurrentQueue<(int Status, int? RetryAfter)> _failures = new();
    private int _count;

    /// <summary>Every request the bot made, including the ones the stub refused.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    private int _attempts;

    /// <summary>Every send or update the bot made, with when and what the stub answered.</summary>
    public ConcurrentQueue<(DateTime At, string Path, int Status)> Requests { get; } = new();

    /// <summary>Makes the next send or update fail with this status (and Retry-After seconds), as Teams does when throttling.</summary>
    public void FailNext(int status, int? retryAfterSeconds = null) => _failures.Enqueue((status, retryAfterSeconds));

    private async Task<IResult> RecordAsync(HttpRequest request, HttpResponse response)
    {
        Interlocked.Increment(ref _attempts);
        if (_failures.TryDequeue(out var failure))
        {
            Requests.Enqueue((DateTime.UtcNow, Uri.UnescapeDataString(request.Path.Value ?? string.Empty), failure.Status));
            if (failure.RetryAfter is { } seconds)
            {
                response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new { error = new { code = "Throttled", message = "Too many requests" } }, statusCode: failure.Status);
        }

        Requests.Enqueue((DateTime.UtcNow, Uri.UnescapeDataString(request.Path.Value ?? string.Empty), 200));
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        body["_path"] = request.Path.Value;
        body["_method"] = request.Method;
        _connections.TryAdd(request.HttpContext.Connection.Id, 0);
        var id = $"reply-{Interlocked.Increment(ref _count)}";
        Record(body);
        return Results.Json(new { id });
    }

    private void Record(JsonObject activity)
    {
        lock (_all)
        {
            _all.Add(activity);
        }

        _received.Enqueue(activity);
        _arrived.Release();
    }

    /// <summary>The first activity sent so far, or within ten seconds (or <paramref name="within"/>), that matches and was not taken before; order-free.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            lock (_all)
            {
                var found = _all.FirstOrDefault(a => !_taken.Contains(a) && match(a));
                if (found is not null)
                {
                    _taken.Add(found);
                    return found;
                }
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The bot never sent {what}.");
        return null!;
    }

    /// <summary>Every activity the bot has sent so far.</summary>
    public IReadOnlyList<JsonObject> All
    {
        get
        {
            lock (_all)
            {
                return _all.ToList();
            }
        }
    }

    /// <summary>The next activity the bot sent, waiting up to five seconds for it.</summary>
    public async Task<JsonObject> NextAsync()
    {
        Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(5)), "The bot sent nothing to the connector.");
        Assert.True(_received.TryDequeue(out var activity));
        return activity;
    }

    public int Pending => _received.Count;

    /// <summary>Members of every team besides <see cref="Roster"/>, for the member lookup only.</summary>
    public HashSet<string> TeamMembers { get; } = ["29:5comms", "29:6comms"];

    /// <summary>What the bot wrote to upload URLs (file consent flow), by file name, with its Content-Range header.</summary>
    public ConcurrentDictionary<string, (byte[] Bytes, string ContentRange)> Uploads { get; } = new(StringComparer.Ordinal);

    /// <summary>Guests of every team: the member look-up knows them, with the roster role "guest".</summary>
    public HashSet<string> Guests { get; } = [];

    /// <summary>The users the bot opened a personal chat with (POST /v3/conversations without an activity).</summary>
    public ConcurrentQueue<string> OpenedChats { get; } = new();

    /// <summary>How many TCP connections the activities received so far arrived on.</summary>
    public int Connections => _connections.Count;

    /// <summary>The team's members, as GET /v3/conversations/{id}/pagedmembers returns them.</summary>
    public JsonArray Roster { get; } =
    [
        Member("29:1staff-member", "Sam Staff"),
        Member("29:2someone-else", "Mere Tane"),
        Member("29:3manager", "Alex Manager"),
        Member("29:4new-starter", "Tui Ngata"),
        Member("29:5night-shift", "Jo Brown"),
    ];

    /// <summary>How many times the roster was read from its first page.</summary>
    public int RosterReads => Volatile.Read(ref _rosterReads);

    /// <summary>Members per page of GET /v3/conversations/{id}/pagedmembers (Teams allows up to 500).</summary>
    public int RosterPageSize { get; set; } = 2;

    /// <summary>The team's channels, as GET /v3/teams/{id}/conversations returns them; General has no name.</summary>
    public JsonArray Channels { get; } =
    [
        new JsonObject { ["id"] = "19:general@thread.tacv2", ["name"] = null },
        new JsonObject { ["id"] = "19:onboarding@thread.tacv2", ["name"] = "Onboarding" },
    ];

    private static JsonObject Member(string id, string name) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["aadObjectId"] = Guid.NewGuid().ToString(),
        ["userPrincipalName"] = name.Replace(' ', '.') + "@corrections.example",
        ["userRole"] = "user",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}

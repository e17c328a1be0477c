using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PolicyBot.Benchmarks;

/// <summary>A Bot Connector on 127.0.0.1 that accepts every reply and answers the roster and channel look-ups the bot makes.</summary>
internal sealed class ConnectorStubHost(WebApplication app) : IAsyncDisposable
{
    private int _received;

    public string ServiceUrl { get; private set; } = string.Empty;

    public int Received => Volatile.Read(ref _received);

    public static async Task<ConnectorStubHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ConnectorStubHost(app);
        IResult Reply()
        {
            Interlocked.Increment(ref stub._received);
            return Results.Json(new { id = "reply-1" });
        }

        app.MapPost("/v3/conversations/{conversation}/activities/{activity?}", Reply);
        app.MapPut("/v3/conversations/{conversation}/activities/{activity}", Reply);
        app.MapPost("/v3/conversations", () => Results.Json(new { id = "19:general@thread.tacv2;messageid=post-1", activityId = "post-1" }));
        app.MapGet("/v3/conversations/{conversation}/members/{member}", (string member) => Results.Json(new { id = member, name = "Sam Staff", userRole = "user" }));
        app.MapGet("/v3/conversations/{conversation}/pagedmembers", () => Results.Json(new { members = new[] { new { id = "29:1staff-member", name = "Sam Staff", userRole = "user" } } }));
        app.MapGet("/v3/teams/{team}/conversations", () => Results.Json(new { conversations = new[] { new { id = "19:general@thread.tacv2", name = (string?)null } } }));
        await app.StartAsync();
        stub.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return stub;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}

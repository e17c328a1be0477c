using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.TestHost;

/// <summary>
/// A load balancer on 127.0.0.1 that sends each request to the next of its backends in turn, as a round-robin
/// balancer in front of several bot instances would: no affinity, so consecutive turns land on different instances.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _forward = new();
    private readonly Uri[] _backends;
    private int _next = -1;

    private RoundRobinProxy(WebApplication app, Uri[] backends)
    {
        _app = app;
        _backends = backends;
    }

    /// <summary>The backend (its index) that served each request, in order.</summary>
    public ConcurrentQueue<int> Served { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public static async Task<RoundRobinProxy> StartAsync(params Uri[] backends)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new RoundRobinProxy(app, backends);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.Client = new HttpClient { BaseAddress = new Uri(address) };
        return proxy;
    }

    /// <summary>Posts an activity to /api/messages through the balancer.</summary>
    public Task<HttpResponseMessage> PostAsync(string activity) =>
        Client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(activity, Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _forward.Dispose();
        await _app.DisposeAsync();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var index = Interlocked.Increment(ref _next) % _backends.Length;
        Served.Enqueue(index);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_backends[index], context.Request.Path + context.Request.QueryString));
        request.Content = new StreamContent(context.Request.Body);
        foreach (var (name, values) in context.Request.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        request.Headers.Host = null;
        using var response = await _forward.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } type)
        {
            context.Response.ContentType = type.ToString();
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}

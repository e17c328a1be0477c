using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.TestHost;

/// <summary>An Azure OpenAI chat completions endpoint on 127.0.0.1: records each request and answers as told.</summary>
public sealed class OpenAIStub : IAsyncDisposable
{
    public const string Deployment = "policy-gpt";
    public const string ApiKey = "test-key";

    private readonly WebApplication _app;
    private Func<HttpContext, JsonObject, Task> _respond = (context, _) => Completion("No reply was set up [1].")(context);

    private OpenAIStub(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Every request body, with the path, query and api-key header added under "_path", "_query", "_key".</summary>
    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    public static async Task<OpenAIStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new OpenAIStub(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", async (HttpContext context) =>
        {
            var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            body["_path"] = context.Request.Path.Value;
            body["_query"] = context.Request.QueryString.Value;
            body["_key"] = context.Request.Headers["api-key"].ToString();
            stub.Requests.Enqueue(body);
            await stub._respond(context, body);
        });
        await app.StartAsync();
        stub.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return stub;
    }

    /// <summary>Settings that point the bot at this stub.</summary>
    public Dictionary<string, string?> Settings(double timeoutSeconds = 5, int breakAfter = 5) => new()
    {
        ["AzureOpenAI:Endpoint"] = Endpoint,
        ["AzureOpenAI:Deployment"] = Deployment,
        ["AzureOpenAI:ApiKey"] = ApiKey,
        ["AzureOpenAI:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["AzureOpenAI:BreakAfterFailures"] = breakAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The user message of a recorded request: the question and the numbered passages.</summary>
    public static string UserText(JsonObject request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request["messages"]![1]!["content"] is JsonArray parts ? string.Concat(parts.Select(p => p!["text"]!.GetValue<string>())) : request["messages"]![1]!["content"]!.GetValue<string>();
    }

    /// <summary>Answers every request with <paramref name="content"/>, streamed in chunks when the request asks to stream.</summary>
    public void Reply(string content) => _respond = (context, request) =>
        request["stream"]?.GetValue<bool>() == true ? Stream(content)(context) : Completion(content)(context);

    public void Respond(Func<HttpContext, Task> respond) => _respond = (context, _) => respond(context);

    public static Func<HttpContext, Task> Completion(string content) => context => context.Response.WriteAsJsonAsync(new
    {
        id = "chatcmpl-1",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "gpt-4o",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 321, completion_tokens = 45, total_tokens = 366 },
    });

    /// <summary>Server-sent events as Azure OpenAI streams them: a chunk a few words long, usage last, then [DONE].</summary>
    public static Func<HttpContext, Task> Stream(string content) => async context =>
    {
        context.Response.ContentType = "text/event-stream";
        var words = content.Split(' ');
        for (var i = 0; i < words.Length; i += 3)
        {
            var piece = string.Join(' ', words.Skip(i).Take(3)) + (i + 3 < words.Length ? " " : string.Empty);
            await WriteEvent(context, new { id = "chatcmpl-1", @object = "chat.completion.chunk", created = 1_700_000_000, model = "gpt-4o", choices = new[] { new { index = 0, delta = new { content = piece }, finish_reason = (string?)null } } });
        }

        await WriteEvent(context, new { id = "chatcmpl-1", @object = "chat.completion.chunk", created = 1_700_000_000, model = "gpt-4o", choices = Array.Empty<object>(), usage = new { prompt_tokens = 321, completion_tokens = 45, total_tokens = 366 } });
        await context.Response.WriteAsync("data: [DONE]\n\n");
    };

    public static Func<HttpContext, Task> Status(int status, string? retryAfter = null) => async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        await context.Response.WriteAsJsonAsync(new { error = new { code = status.ToString(System.Globalization.CultureInfo.InvariantCulture), message = "stub error" } });
    };

    private static async Task WriteEvent(HttpContext context, object data)
    {
        await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(data) + "\n\n", Encoding.UTF8);
        await context.Response.Body.FlushAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

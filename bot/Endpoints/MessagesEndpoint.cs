using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Bot.Endpoints;

/// <summary>POST /api/messages: where Teams (or the Emulator) delivers activities.</summary>
internal static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<IBot> logger)
    {
        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException && !context.Response.HasStarted)
        {
            // The SDK turns most bad tokens into 401 itself but lets some (a forged signature, a malformed
            // token) escape as exceptions: every one of them is the caller's fault, not a server error.
            Log.Unauthorized(logger, ex.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}

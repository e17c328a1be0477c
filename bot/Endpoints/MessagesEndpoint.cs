using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;
using PolicyBot.Bot.Adapter;

namespace PolicyBot.Bot.Endpoints;

/// <summary>POST /api/messages: where Teams (or the Emulator) delivers activities.</summary>
/// <remarks>
/// Every outcome is a deliberate status: 400 for a body that is not an activity Teams could send (nothing is
/// posted to the chat), 413 past the size limit, 401 for any token that is not genuine, 503 only while no token
/// can be checked, and the turn's own answer otherwise (see <see cref="TurnErrorHandler"/>).
/// </remarks>
internal static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, PolicyBotAdapter adapter, IBot bot, ILogger<IBot> logger)
    {
        var read = await ActivityReader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (read.Activity is not { } activity)
        {
            Log.BadRequest(logger, read.Problem!);
            context.Response.StatusCode = read.Status;
            return;
        }

        try
        {
            var invokeResponse = await adapter.ProcessCheckedAsync(context.Request.Headers.Authorization.ToString(), activity, bot, context.RequestAborted).ConfigureAwait(false);
            await HttpHelper.WriteResponseAsync(context.Response, invokeResponse).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or SecurityTokenException or ArgumentException or InvalidOperationException && !context.Response.HasStarted)
        {
            // The SDK turns most bad tokens into UnauthorizedAccessException but lets some (a forged signature,
            // a malformed token or header) escape as others: every one of them is the caller's fault. Turn
            // failures never get here: the turn error handler answers them.
            Log.Unauthorized(logger, ex.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (AuthenticationUnavailableException ex) when (!context.Response.HasStarted)
        {
            Log.AuthenticationUnavailable(logger, ex.InnerException?.GetType().Name ?? ex.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = Math.Ceiling(ex.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        catch (MalformedActivityException) when (!context.Response.HasStarted)
        {
            // Logged by the turn error handler; the sender hears 400 and the chat hears nothing.
            await HttpHelper.WriteResponseAsync(context.Response, new InvokeResponse { Status = StatusCodes.Status400BadRequest, Body = TurnErrorHandler.MalformedBody(activity) }).ConfigureAwait(false);
        }
    }
}

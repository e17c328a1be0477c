using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyBot.Bot.Endpoints;

/// <summary>Reads the activity of a POST to /api/messages, refusing what Teams would never send before any turn runs.</summary>
internal static class ActivityReader
{
    /// <summary>The largest request body read, in bytes.</summary>
    /// <remarks>
    /// The Bot Connector refuses any request over 262,144 bytes ("MessageSizeTooBig"), and Teams caps a message
    /// at about 28 KB of text and a bot's message at 100 KB, so nothing Teams relays comes near this; a 10 MB body
    /// once cost 22 s and 1.4 GB.
    /// </remarks>
    public const int MaxBodyBytes = 256 * 1024;

    // Teams' activities nest a handful of levels (card data inside an action inside the value). Newtonsoft reads
    // nested arrays recursively, so an unbounded depth lets one body exhaust the stack.
    private const int MaxDepth = 64;

    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "the body is not JSON (Content-Type)");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return ActivityReadResult.Refused(StatusCodes.Status413PayloadTooLarge, "the body is over the size limit");
        }

        // Bodies sent in chunks carry no length: Kestrel stops reading them at the limit instead.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        Activity? activity;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            buffer.Position = 0;
            using var reader = new JsonTextReader(new StreamReader(buffer)) { MaxDepth = MaxDepth };
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex)
        {
            return ActivityReadResult.Refused(ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "the body is over the size limit" : "the body could not be read");
        }
        catch (JsonException)
        {
            return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "the body is not an activity");
        }

        var problem = Problem(activity);
        return problem is null ? ActivityReadResult.Read(activity!) : ActivityReadResult.Refused(StatusCodes.Status400BadRequest, problem);
    }

    // Every reply goes to the service URL and conversation the activity names, so without them no turn can
    // answer; the SDK would fail half way through the turn and answer 500.
    private static string? Problem(Activity? activity)
    {
        if (string.IsNullOrEmpty(activity?.Type))
        {
            return "the body is not an activity";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl is not an http(s) URL";
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "the activity names no conversation";
        }

        // An invoke is answered by name and carries its request as an object; the SDK casts the value without
        // a check and fails on anything else (a null reference: a 500).
        if (activity.Type == ActivityTypes.Invoke)
        {
            if (string.IsNullOrEmpty(activity.Name))
            {
                return "the invoke has no name";
            }

            if (activity.Value is not JObject)
            {
                return "the invoke's value is not an object";
            }
        }

        return null;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.HasValue
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.MediaType.Value.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Dialogs.Infrastructure.Graph;

/// <summary>Looks managers up with Microsoft Graph (GET /users/{id}/manager) under the bot's app registration.</summary>
internal sealed class GraphManagerDirectory(HttpClient http, TokenCredential credential, ILogger<GraphManagerDirectory> logger) : IManagerDirectory
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public async Task<ManagerInfo?> FindManagerAsync(string userObjectId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(userObjectId, out var id))
        {
            return null;
        }

        try
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext(Scopes), cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"users/{id:D}/manager?$select=id,displayName,mail", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = body.RootElement;
            return new ManagerInfo(
                root.GetProperty("id").GetString()!,
                root.TryGetProperty("displayName", out var name) && name.GetString() is { Length: > 0 } shown ? shown : "your manager",
                root.TryGetProperty("mail", out var mail) ? mail.GetString() : null);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or Azure.Identity.AuthenticationFailedException or TaskCanceledException)
        {
            // Graph down or refusing: fall back to the prepared message, which needs no lookup.
            Log.ManagerLookupFailed(logger, ex);
            return null;
        }
    }
}

using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;

namespace PolicyBot.Bot.Tests.Adapter;

/// <summary>The bot's own app id and secret, but replies sent without a token: there is no Entra ID to get one from here.</summary>
internal sealed class UnsignedReplies() : PasswordServiceClientCredentialFactory(TestTokens.AppId, "not-a-real-secret", null, null, null)
{
    public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceClientCredentials>(MicrosoftAppCredentials.Empty);
}

using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace PolicyBot.Bot.Adapter;

/// <summary>
/// The SDK's authentication, except that the Bot Connector's tokens are checked by <see cref="TokenGate"/>,
/// no request waits on it longer than <see cref="MaxWait"/>, turns share connector clients (see
/// <see cref="ConnectorClientCache"/>) and build a user token client only when they use one.
/// </summary>
internal sealed class SharedConnectorAuthentication(BotFrameworkAuthentication inner, ConnectorClientCache cache, TokenGate? gate = null) : BotFrameworkAuthentication
{
    /// <summary>The longest a request waits for the SDK's own check (which may fetch the OpenID metadata) before it is answered 503.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        if (gate is not null && await gate.CheckAsync(activity, authHeader, cancellationToken).ConfigureAwait(false) is { } identity)
        {
            // A genuine Bot Connector token, checked in full by the gate: what the SDK would have answered for it.
            return new AuthenticateRequestResult
            {
                ClaimsIdentity = identity,
                Audience = inner.GetOriginatingAudience(),
                CallerId = CallerIdConstants.PublicAzureChannel,
                ConnectorFactory = CreateConnectorFactory(identity),
            };
        }

        AuthenticateRequestResult result;
        try
        {
            result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).WaitAsync(MaxWait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new AuthenticationUnavailableException("The SDK could not check the token in time.", ex);
        }

        if (result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = new SharedConnectorFactory(factory, AppId(result.ClaimsIdentity), cache);
        }

        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), AppId(claimsIdentity), cache);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // The SDK asks for this on every turn; only a turn that signs a user in needs it (see LazyUserTokenClient).
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    // The SDK's factory is bound to the bot app id the request was addressed to (the token's audience, or
    // the Emulator's appid claim), so that is part of the cache key.
    private static string? AppId(ClaimsIdentity? identity) =>
        (identity?.FindFirst(AuthenticationConstants.AudienceClaim) ?? identity?.FindFirst(AuthenticationConstants.AppIdClaim))?.Value;
}

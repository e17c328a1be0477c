using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Bot.Adapter;

/// <summary>
/// Refuses tokens that cannot be genuine before the SDK sees them: not a JWT, a signing algorithm other than RS256/384/512
/// (so "none" and HS256), an issuer other than the Bot Framework's, another bot's audience, expired, or a signature
/// none of the Bot Framework's published keys made; the Bot Connector's own tokens are then checked in full here, so
/// a forged token never costs an outbound fetch of its own and no fetch holds a request longer than five seconds.
/// </summary>
internal sealed class TokenGate
{
    /// <summary>The HttpClient name the key fetches use (with a short timeout).</summary>
    public const string ClientName = "BotAuthentication";

    // The SDK allows this much clock difference too.
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

#pragma warning disable CS0618 // The SDK marks the class obsolete, not its list of the Emulator's issuers, which is still the one it checks.
    private static readonly IEnumerable<string> EmulatorIssuers = EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.ValidIssuers;
#pragma warning restore CS0618

    private readonly JsonWebTokenHandler _handler = new();
    private readonly string _appId;
    private readonly bool _publicCloud;
    private readonly TimeProvider _time;
    private readonly SigningKeys _channelKeys;
    private readonly SigningKeys _emulatorKeys;

    public TokenGate(IConfiguration configuration, IHttpClientFactory clients, TimeProvider time, ILogger<TokenGate> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(clients);
        _appId = configuration["MicrosoftAppId"] ?? string.Empty;

        // Government and private clouds have issuers and metadata of their own: there the SDK checks alone.
        _publicCloud = string.IsNullOrEmpty(configuration["ChannelService"]);
        _time = time;
        var http = clients.CreateClient(ClientName);
        _channelKeys = new SigningKeys(configuration["ToBotFromChannelOpenIdMetadataUrl"] ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, http, time, logger);
        _emulatorKeys = new SigningKeys(configuration["ToBotFromEmulatorOpenIdMetadataUrl"] ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl, http, time, logger);
    }

    /// <summary>
    /// The identity of a genuine Bot Connector token; null when the SDK is to decide (no token at all, an Emulator
    /// token, a private cloud). Throws <see cref="UnauthorizedAccessException"/> for a token that is not genuine and
    /// <see cref="AuthenticationUnavailableException"/> while no token can be checked.
    /// </summary>
    /// <remarks>
    /// The Bot Connector's tokens are checked here in full, as the SDK's ChannelValidation does (issuer, this bot as
    /// audience, lifetime with five minutes' skew, a signature by a published key endorsed for the activity's
    /// channel, the serviceurl claim naming the activity's service URL), because the SDK fetches the keys with a
    /// static HttpClient of its own: 100 s timeout, no back-off, a fetch per forged token while it has no keys.
    /// </remarks>
    public async Task<ClaimsIdentity?> CheckAsync(Activity activity, string? authHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // No header: the SDK lets it through only in anonymous local mode and refuses it otherwise, fetching nothing.
        if (string.IsNullOrWhiteSpace(authHeader) || !_publicCloud)
        {
            return null;
        }

        if (!authHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused("not a bearer token");
        }

        var raw = authHeader[7..].Trim();
        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            throw Refused("not a JWT");
        }

        var issuer = Check(token);
        var keys = issuer == Issuer.Channel ? _channelKeys : _emulatorKeys;
        var known = await keys.GetAsync(token.Kid, cancellationToken).ConfigureAwait(false)
            ?? throw new AuthenticationUnavailableException("The Bot Framework's signing keys could not be fetched.") { RetryAfter = Until(keys.RetryAt) };
        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            IssuerSigningKeys = known.Keys,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            RequireSignedTokens = true,
            ValidateIssuer = false, // checked in Check
            ValidateAudience = false, // checked in Check
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) => Current(notBefore, expires),
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw Refused("signature or lifetime");
        }

        if (issuer != Issuer.Channel)
        {
            // A genuine Emulator token: the SDK checks the rest of it (a local development path).
            return null;
        }

        if (!known.Endorses(token.Kid, activity.ChannelId))
        {
            throw Refused("key not endorsed for the channel");
        }

        if (!token.TryGetClaim(AuthenticationConstants.ServiceUrlClaim, out var serviceUrl) || !string.Equals(serviceUrl.Value, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw Refused("service URL");
        }

        return result.ClaimsIdentity;
    }

    private Issuer Check(JsonWebToken token)
    {
        if (!AuthenticationConstants.AllowedSigningAlgorithms.Contains(token.Alg))
        {
            throw Refused("signing algorithm");
        }

        var issuer = token.Issuer == AuthenticationConstants.ToBotFromChannelTokenIssuer ? Issuer.Channel
            : EmulatorIssuers.Contains(token.Issuer) ? Issuer.Emulator
            : throw Refused("issuer");

        // Channel tokens name this bot as audience; the Emulator's name it in appid (v1) or azp (v2).
        var addressed = issuer == Issuer.Channel
            ? token.Audiences.Contains(_appId)
            : (Claim(token, AuthenticationConstants.AppIdClaim) ?? Claim(token, AuthenticationConstants.AuthorizedParty)) == _appId;
        if (_appId.Length == 0 || !addressed)
        {
            throw Refused("audience");
        }

        if (token.ValidTo == DateTime.MinValue || token.ValidTo < _time.GetUtcNow().UtcDateTime - Skew)
        {
            // Refused before any key is fetched.
            throw Refused("expired");
        }

        return string.IsNullOrEmpty(token.Kid) ? throw Refused("no key id") : issuer;
    }

    private bool Current(DateTime? notBefore, DateTime? expires)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } end && now <= end + Skew && (notBefore is not { } start || now >= start - Skew);
    }

    private TimeSpan Until(DateTimeOffset retryAt)
    {
        var wait = retryAt - _time.GetUtcNow();
        return wait > TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1);
    }

    private static string? Claim(JsonWebToken token, string type) => token.TryGetClaim(type, out var claim) ? claim.Value : null;

    private static UnauthorizedAccessException Refused(string reason) => new($"Token refused: {reason}.");

    private enum Issuer
    {
        Channel,
        Emulator,
    }
}

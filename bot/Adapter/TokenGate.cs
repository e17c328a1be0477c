using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Bot.Adapter;

/// <summary>
/// Refuses tokens that cannot be genuine before the SDK sees them: not a JWT, a signing algorithm other than RS256/384/512
/// (so "none" and HS256), an issuer other than the Bot Framework's, another bot's audience, expired, or a signature
/// none of the Bot Framework's published keys made. Only a token that passes all of these reaches the SDK's own
/// check (endorsements, the serviceurl claim), so a forged token never costs an outbound fetch of its own.
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

    /// <summary>Returns when the token is worth the SDK's check (or there is none); throws <see cref="UnauthorizedAccessException"/> or <see cref="AuthenticationUnavailableException"/> otherwise.</summary>
    public async Task CheckAsync(string? authHeader, CancellationToken cancellationToken)
    {
        // No header: the SDK lets it through only in anonymous local mode and refuses it otherwise, fetching nothing.
        if (string.IsNullOrWhiteSpace(authHeader) || !_publicCloud)
        {
            return;
        }

        if (!authHeader.StartsWith("Bearer ", StringComparison.Ordinal))
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

        var keys = Check(token) switch
        {
            Issuer.Channel => _channelKeys,
            _ => _emulatorKeys,
        };
        var known = await keys.GetAsync(token.Kid, cancellationToken).ConfigureAwait(false)
            ?? throw new AuthenticationUnavailableException("The Bot Framework's signing keys could not be fetched.") { RetryAfter = Until(keys.RetryAt) };
        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            IssuerSigningKeys = known,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            RequireSignedTokens = true,

            // Checked above, or by the SDK with its own clock next.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw Refused("signature");
        }
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
            throw Refused("expired");
        }

        return string.IsNullOrEmpty(token.Kid) ? throw Refused("no key id") : issuer;
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

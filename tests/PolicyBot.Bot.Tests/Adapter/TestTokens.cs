using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Adapter;

/// <summary>Bot Connector tokens, genuine (signed with the connector stub's published key) and forged in each way an attacker might.</summary>
internal static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string Issuer = "https://api.botframework.com";

    /// <summary>A token the Bot Connector could have sent, valid for ten minutes by <paramref name="now"/> (the host's clock).</summary>
    public static string Genuine(string serviceUrl, DateTime now) => Signed(ConnectorStub.TrustedKey, AppId, serviceUrl, now.AddMinutes(10));

    /// <summary>Each forgery by name, for a bot whose app id is <see cref="AppId"/>.</summary>
    public static IReadOnlyDictionary<string, string> Forged(string serviceUrl, DateTime now)
    {
        using var other = RSA.Create(2048);
        var claims = Payload(AppId, serviceUrl, now.AddMinutes(10));
        return new Dictionary<string, string>
        {
            ["alg none"] = $"{Segment("""{"alg":"none","typ":"JWT"}""")}.{Segment(claims)}.",
            ["HS256 with the public key's modulus as secret"] = Hmac(claims, ConnectorStub.TrustedKey.ExportParameters(false).Modulus!),
            ["wrong audience"] = Signed(ConnectorStub.TrustedKey, "99999999-0000-0000-0000-000000000000", serviceUrl, now.AddMinutes(10)),
            ["expired"] = Signed(ConnectorStub.TrustedKey, AppId, serviceUrl, now.AddDays(-30)),
            ["bad signature"] = Signed(other, AppId, serviceUrl, now.AddMinutes(10)),
            ["wrong issuer"] = Signed(ConnectorStub.TrustedKey, AppId, serviceUrl, now.AddMinutes(10), issuer: "https://evil.example"),
            ["another service URL"] = Signed(ConnectorStub.TrustedKey, AppId, "https://evil.example/", now.AddMinutes(10)),
            ["not a JWT"] = "not.a.jwt",
        };
    }

    private static string Signed(RSA key, string audience, string serviceUrl, DateTime expires, string issuer = Issuer)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = ConnectorStub.SigningKeyId }, SecurityAlgorithms.RsaSha256);
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: issuer,
            audience: audience,
            claims: [new Claim("serviceurl", serviceUrl)],
            notBefore: expires.AddMinutes(-20),
            expires: expires,
            signingCredentials: credentials));
    }

    private static string Payload(string audience, string serviceUrl, DateTime expires) =>
        $$"""{"iss":"{{Issuer}}","aud":"{{audience}}","serviceurl":"{{serviceUrl}}","nbf":{{new DateTimeOffset(expires.AddMinutes(-20)).ToUnixTimeSeconds()}},"exp":{{new DateTimeOffset(expires).ToUnixTimeSeconds()}}}""";

    private static string Hmac(string payload, byte[] secret)
    {
        var unsigned = $"{Segment($$"""{"alg":"HS256","typ":"JWT","kid":"{{ConnectorStub.SigningKeyId}}"}""")}.{Segment(payload)}";
        return unsigned + "." + Base64Url(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(unsigned)));
    }

    private static string Segment(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

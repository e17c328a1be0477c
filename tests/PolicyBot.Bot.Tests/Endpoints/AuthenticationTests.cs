using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Endpoints;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(connector => new Dictionary<string, string?>
    {
        ["ToBotFromChannelOpenIdMetadataUrl"] = connector.OpenIdMetadataUrl,
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_WithAppIdAndNoToken_Is401()
    {
        var response = await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "hi")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Connector.Pending);
    }

    [Theory]
    [InlineData("not.a.jwt")]
    [InlineData("garbage")]
    public async Task Post_WithMalformedToken_Is401(string token)
    {
        var response = await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "hi")), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithForgedToken_Is401()
    {
        // Signed with our own key: right shape, right claims, wrong signer.
        using var rsa = RSA.Create(2048);
        var credentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = ConnectorStub.SigningKeyId }, SecurityAlgorithms.RsaSha256);
        var token = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: "https://api.botframework.com",
            audience: "11111111-2222-3333-4444-555555555555",
            claims: [new("serviceurl", _bot.Connector.ServiceUrl)],
            notBefore: DateTime.UtcNow.AddMinutes(-1),
            expires: DateTime.UtcNow.AddMinutes(10),
            signingCredentials: credentials));

        var response = await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", "hi")), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Connector.Pending);
    }
}

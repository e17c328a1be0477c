using System.Diagnostics;
using System.Net;

namespace PolicyBot.Bot.Tests.Adapter;

/// <summary>With an app id set, every forged token is 401 whatever the OpenID metadata endpoint does, and a genuine one gets in.</summary>
public sealed class TokenMatrixTests
{
    [Fact]
    public async Task Post_MetadataReachable_ForgedTokensAre401AndKeysAreFetchedOnce()
    {
        await using var bot = await StartAsync(connector => connector.SecureOpenIdMetadataUrl);

        foreach (var (name, token) in TestTokens.Forged(bot.Connector.ServiceUrl))
        {
            var forged = await bot.PostAsync(bot.Activity("personal-message.json", ("text", "hi")), token);
            Assert.True(forged.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {forged.StatusCode}");
        }

        Assert.Equal(0, bot.Connector.Pending);
        Assert.Equal(1, bot.Connector.MetadataFetches);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_MetadataUnreachableOrHanging_ForgedTokensAre401Or503QuicklyWithOneFetch(bool hanging)
    {
        await using var bot = await StartAsync(connector => hanging ? connector.HangingOpenIdMetadataUrl : "http://127.0.0.1:9/v1/.well-known/openidconfiguration");
        var forgeries = TestTokens.Forged(bot.Connector.ServiceUrl);

        // Several rounds: after the first failed fetch the bot backs off instead of fetching per token.
        for (var round = 0; round < 3; round++)
        {
            foreach (var (name, token) in forgeries)
            {
                var clock = Stopwatch.StartNew();
                var response = await bot.PostAsync(bot.Activity("personal-message.json", ("text", "hi")), token);
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{name} held the request {clock.Elapsed}.");
                Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable, $"{name}: {response.StatusCode}");

                // Only a well-formed token for this bot, signed by someone, needs the keys to be refused.
                if (name != "bad signature")
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {response.StatusCode}");
                }
            }
        }

        Assert.True(bot.Connector.MetadataFetches <= 1, $"{bot.Connector.MetadataFetches} metadata fetches");
        Assert.Equal(0, bot.Connector.Pending);
    }

    private static Task<BotServer> StartAsync(Func<ConnectorStub, string> metadataUrl) => BotServer.StartAsync(connector => new Dictionary<string, string?>
    {
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl(connector),
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    }, services: ConnectorStub.TrustCertificate);
}

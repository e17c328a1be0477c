using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;

using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Adapter;

/// <summary>With an app id set, every forged token is 401 whatever the OpenID metadata endpoint does, and a genuine one gets in.</summary>
public sealed class TokenMatrixTests
{
    [Fact]
    public async Task Post_MetadataReachable_ForgedTokensAre401AndGenuineIs200WithOneFetch()
    {
        await using var bot = await StartAsync(connector => connector.OpenIdMetadataUrl);

        foreach (var (name, token) in TestTokens.Forged(bot.Connector.ServiceUrl, Now(bot)))
        {
            var forged = await bot.PostAsync(bot.Activity("personal-message.json", ("text", "hi")), token);
            Assert.True(forged.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {forged.StatusCode}");
        }

        Assert.Equal(0, bot.Connector.Pending);
        var genuine = await bot.PostAsync(bot.Activity("personal-message.json", ("text", "who owns this policy?")), TestTokens.Genuine(bot.Connector.ServiceUrl, Now(bot)));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Contains("National Manager", BotServer.Text(await bot.Connector.NextAsync()), StringComparison.Ordinal);
        Assert.Equal(1, bot.Connector.MetadataFetches);
    }

    [Fact]
    public async Task Post_GenuineTokenForAnotherChannel_Is401()
    {
        await using var bot = await StartAsync(connector => connector.OpenIdMetadataUrl);
        var activity = bot.Activity("personal-message.json", ("text", "hi")).Replace("\"channelId\": \"msteams\"", "\"channelId\": \"slack\"", StringComparison.Ordinal);

        var response = await bot.PostAsync(activity, TestTokens.Genuine(bot.Connector.ServiceUrl, Now(bot)));

        // The stub endorses its key for msteams only.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_MetadataUnreachableOrHanging_ForgedTokensAre401Or503QuicklyWithOneFetch(bool hanging)
    {
        await using var bot = await StartAsync(connector => hanging ? connector.HangingOpenIdMetadataUrl : "http://127.0.0.1:9/v1/.well-known/openidconfiguration");
        var forgeries = TestTokens.Forged(bot.Connector.ServiceUrl, Now(bot));

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
                if (name is not "bad signature" and not "another service URL")
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {response.StatusCode}");
                }
            }
        }

        Assert.True(bot.Connector.MetadataFetches <= 1, $"{bot.Connector.MetadataFetches} metadata fetches");
        Assert.Equal(0, bot.Connector.Pending);
    }

    private static DateTime Now(BotServer bot) => bot.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private static Task<BotServer> StartAsync(Func<ConnectorStub, string> metadataUrl) => BotServer.StartAsync(connector => new Dictionary<string, string?>
    {
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl(connector),
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    }, services: services => services.AddSingleton<Microsoft.Bot.Connector.Authentication.ServiceClientCredentialsFactory>(new UnsignedReplies()));
}

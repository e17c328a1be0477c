using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PolicyBot.Bot.Adapter;

namespace PolicyBot.Bot.Tests.Adapter;

public sealed class SharedConnectorAuthenticationTests : IDisposable
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddLogging()
        .AddPolicyBotAdapter()
        .BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task CreateAsync_TwoTurns_ShareOneClientAndItsSerializerSettings()
    {
        var first = await TurnClientAsync();
        first.Dispose(); // what the SDK does when a turn ends
        var second = await TurnClientAsync();

        // A fresh client per turn means fresh Newtonsoft contract resolvers, which compile a getter for
        // every activity property on the turn's first reply: the cost this sharing removes.
        Assert.Same(first.SerializationSettings, second.SerializationSettings);
        Assert.Same(((SharedConnectorClient)first).Inner, ((SharedConnectorClient)second).Inner);
        Assert.NotNull(second.Conversations);
    }

    [Fact]
    public async Task CreateAsync_DifferentServiceUrls_GetTheirOwnClients()
    {
        var amer = await TurnClientAsync("http://127.0.0.1:9/amer/");
        var emea = await TurnClientAsync("http://127.0.0.1:9/emea/");

        Assert.Equal(new Uri("http://127.0.0.1:9/amer/"), amer.BaseUri);
        Assert.Equal(new Uri("http://127.0.0.1:9/emea/"), emea.BaseUri);
    }

    [Fact]
    public async Task GetAsync_PastMaxClients_StopsCachingAndHandsOutDisposableClients()
    {
        using var cache = new ConnectorClientCache();
        var created = new List<Mock<IConnectorClient>>();
        Task<IConnectorClient> Create()
        {
            var client = new Mock<IConnectorClient>();
            created.Add(client);
            return Task.FromResult(client.Object);
        }

        for (var i = 0; i < ConnectorClientCache.MaxClients; i++)
        {
            await cache.GetAsync(null, $"http://127.0.0.1:9/{i}/", null, Create);
        }

        var extra = await cache.GetAsync(null, "http://127.0.0.1:9/one-too-many/", null, Create);

        Assert.Equal(ConnectorClientCache.MaxClients, cache.Count);
        Assert.Same(created[^1].Object, extra);
    }

    [Fact]
    public async Task CreateUserTokenClientAsync_UntilUsed_BuildsNothingThenBuildsOnce()
    {
        var inner = new Mock<BotFrameworkAuthentication>();
        var tokens = new Mock<UserTokenClient>();
        tokens.Setup(t => t.GetTokenStatusAsync("user", "msteams", null!, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        inner.Setup(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>())).ReturnsAsync(tokens.Object);
        using var cache = new ConnectorClientCache();
        var authentication = new SharedConnectorAuthentication(inner.Object, cache);

        using var client = await authentication.CreateUserTokenClientAsync(new ClaimsIdentity(), CancellationToken.None);
        inner.Verify(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>()), Times.Never());

        await client.GetTokenStatusAsync("user", "msteams", null!, CancellationToken.None);
        await client.GetTokenStatusAsync("user", "msteams", null!, CancellationToken.None);
        inner.Verify(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>()), Times.Once());
        tokens.Verify(t => t.GetTokenStatusAsync("user", "msteams", null!, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    // One turn's view of the reply path: authenticate the activity (anonymous local mode), then ask the
    // factory the SDK got back for the turn's connector client, as CloudAdapter does.
    private async Task<IConnectorClient> TurnClientAsync(string serviceUrl = ServiceUrl)
    {
        var authentication = _services.GetRequiredService<BotFrameworkAuthentication>();
        var activity = new Activity(ActivityTypes.Message) { ServiceUrl = serviceUrl, ChannelId = "msteams" };
        var result = await authentication.AuthenticateRequestAsync(activity, string.Empty, CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PolicyBot.Bot.Adapter;

/// <summary>Registers the Bot Framework adapter and authentication.</summary>
internal static class AdapterServiceCollectionExtensions
{
    public const string ConnectorClientName = "BotConnector";

    public static IServiceCollection AddPolicyBotAdapter(this IServiceCollection services)
    {
        // Replies go through pooled handlers from IHttpClientFactory. Without a factory the SDK makes a new
        // HttpClient, and so a new TCP connection, for every connector client it builds (see docs/benchmarks.md).
        // Connector clients now live for the life of the host, so their connections are recycled by
        // PooledConnectionLifetime (DNS changes are picked up) rather than by the factory's handler rotation.
        services.AddHttpClient(ConnectorClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = 256,
            });

        // Fetches of the Bot Framework's signing keys: a hanging endpoint must not hold requests (see SigningKeys).
        services.AddHttpClient(TokenGate.ClientName, client => client.Timeout = SigningKeys.FetchTimeout);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TokenGate>();

        // Turns share connector clients instead of building one each (see ConnectorClientCache for why).
        services.AddSingleton<ConnectorClientCache>();

        // A ServiceClientCredentialsFactory registered before this (a test's, say) replaces the one built from
        // MicrosoftAppId and MicrosoftAppPassword.
        services.AddSingleton<BotFrameworkAuthentication>(provider => new SharedConnectorAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                credentialsFactory: provider.GetService<ServiceClientCredentialsFactory>(),
                httpClientFactory: new NamedClientFactory(provider.GetRequiredService<IHttpClientFactory>(), ConnectorClientName),
                logger: provider.GetRequiredService<ILogger<PolicyBotAdapter>>()),
            provider.GetRequiredService<ConnectorClientCache>(),
            provider.GetRequiredService<TokenGate>()));

        // Constructed explicitly: CloudAdapter's constructors are ambiguous to the container.
        services.AddSingleton(provider => new PolicyBotAdapter(
            provider.GetRequiredService<BotFrameworkAuthentication>(),
            provider.GetRequiredService<ILogger<PolicyBotAdapter>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<PolicyBotAdapter>());
        services.AddSingleton<BotAdapter>(provider => provider.GetRequiredService<PolicyBotAdapter>());
        return services;
    }

    // The SDK asks for a client with no name; hand it the configured one.
    private sealed class NamedClientFactory(IHttpClientFactory inner, string name) : IHttpClientFactory
    {
        public HttpClient CreateClient(string _) => inner.CreateClient(name);
    }
}

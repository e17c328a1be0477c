using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace PolicyBot.Bot.Adapter;

/// <summary>The SDK's connector factory for one request, answering from the host's <see cref="ConnectorClientCache"/>.</summary>
internal sealed class SharedConnectorFactory(ConnectorFactory inner, string? appId, ConnectorClientCache cache) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        cache.GetAsync(appId, serviceUrl, audience, () => inner.CreateAsync(serviceUrl, audience, cancellationToken));
}

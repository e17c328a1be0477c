using System.Collections.Concurrent;
using Microsoft.Bot.Connector;

namespace PolicyBot.Bot.Adapter;

/// <summary>
/// One connector client per bot app id, service URL and audience, kept for the life of the host.
/// </summary>
/// <remarks>
/// The SDK builds a new <see cref="ConnectorClient"/> for every turn, and each one brings its own Newtonsoft
/// contract resolvers: the first reply through a fresh resolver compiles a getter for every property of
/// the activity, which cost ~25 ms of CPU per turn here and capped the bot at the same rate as the stock
/// echo bot (see docs/benchmarks.md). A client is safe to share: its HttpClient, serializer settings and
/// credentials (which fetch and refresh tokens per request) are all thread-safe.
/// </remarks>
internal sealed class ConnectorClientCache : IDisposable
{
    // Teams uses a handful of regional service URLs. In anonymous local mode anyone can name any URL, so
    // past this many the cache stops growing and further URLs get a client per turn, as the SDK does.
    public const int MaxClients = 32;

    private readonly ConcurrentDictionary<Key, IConnectorClient> _clients = new();

    public int Count => _clients.Count;

    public async Task<IConnectorClient> GetAsync(string? appId, string serviceUrl, string? audience, Func<Task<IConnectorClient>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var key = new Key(appId ?? string.Empty, serviceUrl, audience ?? string.Empty);
        if (_clients.TryGetValue(key, out var cached))
        {
            return new SharedConnectorClient(cached);
        }

        var client = await create().ConfigureAwait(false);
        if (_clients.Count >= MaxClients)
        {
            return client;
        }

        var winner = _clients.GetOrAdd(key, client);
        if (!ReferenceEquals(winner, client))
        {
            // Another turn for the same key got there first: use its client.
            client.Dispose();
        }

        return new SharedConnectorClient(winner);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    private readonly record struct Key(string AppId, string ServiceUrl, string Audience);
}

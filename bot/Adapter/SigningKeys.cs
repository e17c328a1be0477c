using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Bot.Adapter;

/// <summary>
/// The keys one OpenID metadata endpoint publishes, fetched once for all requests with a short timeout, kept for a
/// day, and after a failed fetch left alone for a while (10 s, doubling to 5 min) instead of fetched per request.
/// </summary>
/// <remarks>
/// Without this each forged token made the SDK fetch the metadata afresh, and a hanging endpoint held each request
/// 100 s, one after another. Keys from an earlier fetch stay in use while a refresh fails.
/// </remarks>
internal sealed class SigningKeys(string metadataUrl, HttpClient http, TimeProvider time, ILogger logger)
{
    /// <summary>The longest one fetch of the metadata and its keys may take.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);
    private static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(5);

    // Keys are rolled over now and then: an unknown key id may fetch again, but not more often than this.
    private static readonly TimeSpan UnknownKeyRefresh = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private KeySet? _keys;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _retryAt;
    private TimeSpan _backOff = FirstBackOff;
    private Task? _fetch;

    /// <summary>When a failed fetch may be tried again.</summary>
    public DateTimeOffset RetryAt
    {
        get
        {
            lock (_gate)
            {
                return _retryAt;
            }
        }
    }

    /// <summary>The keys, fetched if need be; null when none have ever been had.</summary>
    public async Task<KeySet?> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        Task fetch;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var due = _keys is null
                || now - _fetchedAt > KeepFor
                || (!_keys.Keys.Any(key => key.KeyId == keyId) && now - _fetchedAt > UnknownKeyRefresh);
            if (!due || now < _retryAt)
            {
                return _keys;
            }

            // One fetch at a time, shared by every request that needs it; started on the pool so that it
            // cannot finish (and clear itself) before it is stored here.
            fetch = _fetch ??= Task.Run(FetchAsync, CancellationToken.None);
        }

        await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            return _keys;
        }
    }

    private async Task FetchAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(FetchTimeout, time);
            using var metadata = JsonDocument.Parse(await http.GetStringAsync(new Uri(metadataUrl), timeout.Token).ConfigureAwait(false));
            var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString() ?? throw new InvalidDataException("The metadata names no jwks_uri.");
            var keys = Parse(await http.GetStringAsync(new Uri(jwksUri), timeout.Token).ConfigureAwait(false));
            lock (_gate)
            {
                _keys = keys;
                _fetchedAt = time.GetUtcNow();
                _backOff = FirstBackOff;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException or ArgumentException or UriFormatException)
        {
            lock (_gate)
            {
                _retryAt = time.GetUtcNow() + _backOff;
                Log.SigningKeysUnavailable(logger, _backOff.TotalSeconds, ex.GetType().Name);
                _backOff = _backOff * 2 > MaxBackOff ? MaxBackOff : _backOff * 2;
            }
        }
        finally
        {
            lock (_gate)
            {
                _fetch = null;
            }
        }
    }

    // The Bot Framework's key set carries, beside each key, the channels it is endorsed for.
    private static KeySet Parse(string json)
    {
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(json))
        {
            foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
            {
                if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id
                    && key.TryGetProperty("endorsements", out var channels) && channels.ValueKind == JsonValueKind.Array)
                {
                    endorsements[id] = [.. channels.EnumerateArray().Select(channel => channel.GetString() ?? string.Empty)];
                }
            }
        }

        return new KeySet(new JsonWebKeySet(json).GetSigningKeys(), endorsements);
    }
}

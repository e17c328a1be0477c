using System.Collections.Concurrent;

namespace PolicyBot.Benchmarks;

/// <summary>
/// What the connector stub received: replies, and the TCP connections they came on (a client that opens a
/// connection per reply shows as many connections as replies).
/// </summary>
internal sealed class ReplyCounter
{
    private ConcurrentDictionary<string, byte> _connections = new();
    private int _replies;

    public void Add(string connectionId)
    {
        Interlocked.Increment(ref _replies);
        _connections.TryAdd(connectionId, 0);
    }

    /// <summary>Describes what arrived since the last reset, and starts counting afresh.</summary>
    public string Reset()
    {
        var replies = Interlocked.Exchange(ref _replies, 0);
        var connections = Interlocked.Exchange(ref _connections, new ConcurrentDictionary<string, byte>()).Count;
        return $"{replies} replies on {connections} connections";
    }
}

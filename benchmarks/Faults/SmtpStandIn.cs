using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// A mail server for the fault runs: takes each message and counts it by Message-Id, the moment it has the whole
/// message (before saying 250, as a real server commits it); or, hung, takes connections and never says a word.
/// </summary>
internal sealed class SmtpStandIn : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];

    public SmtpStandIn(bool hung)
    {
        Hung = hung;
        _listener.Start(200);
        _ = AcceptAsync();
    }

    public bool Hung { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Messages received, by Message-Id.</summary>
    public ConcurrentDictionary<string, int> Received { get; } = new(StringComparer.Ordinal);

    /// <summary>When each Message-Id first arrived.</summary>
    public ConcurrentDictionary<string, DateTime> FirstAt { get; } = new(StringComparer.Ordinal);

    public int Duplicates => Received.Values.Sum(count => count - 1);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _clients.Add(client);
            if (!Hung)
            {
                _ = ServeAsync(client);
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 standin ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "QUIT")
                {
                    await writer.WriteLineAsync("221 bye");
                    return;
                }

                if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 go on");
                    string? messageId = null;
                    while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                    {
                        if (messageId is null && data.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase))
                        {
                            messageId = data["Message-Id:".Length..].Trim().Trim('<', '>');
                        }
                    }

                    FirstAt.TryAdd(messageId ?? "none", DateTime.UtcNow);
                    Received.AddOrUpdate(messageId ?? "none", 1, (_, count) => count + 1);
                }

                await writer.WriteLineAsync(verb == "EHLO" ? "250 standin" : "250 ok");
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The bot was killed mid-conversation: what was received is counted.
        }
        finally
        {
            client.Dispose();
        }
    }
}

using System.Diagnostics;
using System.Text;

namespace PolicyBot.Benchmarks;

/// <summary>
/// Sixteen clients posting Teams-shaped questions to one bot's /api/messages, each waiting for its answer
/// before asking again; counts the answered ones over the rounds it is asked to measure.
/// </summary>
internal sealed class MessageLoad(string bot, string serviceUrl, IReadOnlyList<string>? questions = null) : IDisposable
{
    private const int Connections = 16;

    private static readonly string[] Popular = ["can I retweet corrections tweets?", "who owns this policy", "an inmate sent me a friend request", "can i criticise the govt on facebook"];

    // Four popular questions by default, as a load test has always asked; or many, each asked again only
    // after hundreds of others, so the bot's cache of recent questions' vectors never has them.
    private readonly IReadOnlyList<string> _questions = questions ?? Popular;

    // One client for the whole run: its connections to the bot stay open between rounds, as Teams' would.
    private readonly HttpClient _client = new() { BaseAddress = new Uri(bot) };

    // Activity ids unique to this load: the bot's turn ledger keeps every conversation's activity ids for two
    // days, and takes an id it has seen (from another load, or an earlier run on the same database) for Teams
    // redelivering it: a 200 with no answer, far cheaper than an answer.
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];
    private int _completed;
    private int _failed;
    private TimeSpan _measured;
    private int _sequence;

    public double Rate => _completed / _measured.TotalSeconds;

    public int Completed => _completed;

    public string Failures => _failed > 0 ? $"  [{_failed} requests failed]" : string.Empty;

    public async Task RunAsync(TimeSpan duration, bool measure)
    {
        var completed = 0;
        var failed = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async worker =>
        {
            while (stopwatch.Elapsed < duration)
            {
                Interlocked.Increment(ref await AskAsync(worker, Interlocked.Increment(ref _sequence)) ? ref completed : ref failed);
            }
        }));

        if (measure)
        {
            _completed += completed;
            _failed += failed;
            _measured += stopwatch.Elapsed;
        }
    }

    /// <summary>Sends <paramref name="count"/> questions over the same connections; returns how many were answered 2xx.</summary>
    public async Task<int> SendAsync(int count)
    {
        var completed = 0;
        var left = count;
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async worker =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                if (await AskAsync(worker, Interlocked.Increment(ref _sequence)))
                {
                    Interlocked.Increment(ref completed);
                }
            }
        }));
        return completed;
    }

    private async Task<bool> AskAsync(int worker, int n)
    {
        var body = $$"""
            {"type":"message","id":"{{_run}}-{{n}}","serviceUrl":"{{serviceUrl}}","channelId":"msteams",
             "from":{"id":"29:user{{worker}}"},"recipient":{"id":"28:bot"},
             "conversation":{"id":"a:conv{{worker}}","conversationType":"personal","tenantId":"t"},
             "text":{{System.Text.Json.JsonSerializer.Serialize(_questions[n % _questions.Count])}}}
            """;
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        return response.IsSuccessStatusCode;
    }

    public void Dispose() => _client.Dispose();
}

using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PolicyBot.Bot.Hosting;

namespace PolicyBot.Benchmarks;

/// <summary>
/// Posts mutated Teams activities (from the Bot tests' TestData fixtures) to a real PolicyBot host on 127.0.0.1 whose
/// replies go to a connector stub, checks /healthz throughout, and counts responses of 500 and over (501 is allowed
/// only for invoke names the bot does not implement) and the growth of the process's memory.
/// </summary>
internal static class Fuzzer
{
    // Counted as a failure, like a 5xx.
    private const int TimedOut = 999;

    private static readonly HashSet<string> ImplementedInvokes = ["adaptiveCard/action", "composeExtension/query"];

    public static async Task RunAsync(int count, int seed)
    {
        await using var connector = await ConnectorStubHost.StartAsync();
        await using var bot = BotHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None", FreshDatabase.Argument("fuzz")]);
        await bot.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), Timeout = TimeSpan.FromSeconds(30) };
        await WaitHealthyAsync(client);

        var mutator = new ActivityMutator(Seeds(connector.ServiceUrl), connector.ServiceUrl, seed);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var rssBefore = Rss();
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        int healthChecks = 0, unhealthy = 0, allowed501 = 0;
        long slowest = 0;
        var clock = Stopwatch.StartNew();
        for (var sent = 0; sent < count; sent += 4)
        {
            var batch = Enumerable.Range(0, Math.Min(4, count - sent)).Select(_ => mutator.Next()).ToList();
            var results = await Task.WhenAll(batch.Select(request => PostAsync(client, request)));
            for (var i = 0; i < batch.Count; i++)
            {
                var (status, body, milliseconds) = results[i];
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                slowest = Math.Max(slowest, milliseconds);
                if (status == 501 && batch[i].InvokeName is { } name && !ImplementedInvokes.Contains(name))
                {
                    allowed501++;
                }
                else if (status >= 500 && failures.Count < 20)
                {
                    failures.Add($"{status} after [{batch[i].Mutation}]: {body[..Math.Min(body.Length, 200)]}");
                }
            }

            if (sent % 200 == 0)
            {
                healthChecks++;
                unhealthy += (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode ? 0 : 1;
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var rssAfter = Rss();
        var server = statuses.Where(s => s.Key >= 500).Sum(s => s.Value) - allowed501;
        Console.WriteLine($"fuzz: {count} mutated activities (seed {seed}) in {clock.Elapsed.TotalSeconds:F0} s, slowest {slowest} ms");
        Console.WriteLine($"  statuses: {string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        Console.WriteLine($"  responses >= 500 other than 501 for unimplemented invokes: {server} (501 for unimplemented invoke names: {allowed501})");
        Console.WriteLine($"  /healthz: {healthChecks - unhealthy} of {healthChecks} checks 200");
        Console.WriteLine($"  RSS: {rssBefore / 1048576.0:F0} MB before, {rssAfter / 1048576.0:F0} MB after: growth {(rssAfter - rssBefore) / 1048576.0:F0} MB");
        Console.WriteLine($"  replies the connector stub received: {connector.Received}");
        foreach (var failure in failures)
        {
            Console.WriteLine("  " + failure);
        }
    }

    private static async Task<(int Status, string Body, long Milliseconds)> PostAsync(HttpClient client, FuzzRequest request)
    {
        var clock = Stopwatch.StartNew();
        using var content = new StringContent(request.Body, Encoding.UTF8);
        content.Headers.ContentType = request.ContentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(request.ContentType);
        try
        {
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), clock.ElapsedMilliseconds);
        }
        catch (TaskCanceledException) when (clock.Elapsed >= client.Timeout)
        {
            // A request held past the client's timeout is a finding to report with its mutation, not the end of the run.
            return (TimedOut, $"no answer in {client.Timeout.TotalSeconds:F0} s", clock.ElapsedMilliseconds);
        }
    }

    private static List<JsonObject> Seeds(string serviceUrl)
    {
        var values = new Dictionary<string, string>
        {
            ["serviceUrl"] = serviceUrl, ["text"] = "can I retweet corrections tweets?", ["verb"] = "feedback",
            ["data"] = """{"action":"feedback","helpful":true,"question":"who owns this policy"}""",
            ["fromId"] = "29:1staff-member", ["fromName"] = "Sam Staff", ["id"] = "1700000000009", ["channelId"] = "19:general@thread.tacv2",
            ["teamId"] = "19:team@thread.tacv2", ["parameter"] = "query", ["query"] = "privacy",
        };
        var seeds = new List<JsonObject>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests", "PolicyBot.TestHost", "TestData"), "*.json"))
        {
            var json = File.ReadAllText(file);
            foreach (var (name, value) in values)
            {
                json = json.Replace("{{" + name + "}}", value, StringComparison.Ordinal);
            }

            seeds.Add(JsonNode.Parse(json)!.AsObject());
        }

        return seeds;
    }

    private static async Task WaitHealthyAsync(HttpClient client)
    {
        for (var i = 0; i < 300 && !(await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100);
        }
    }

    private static long Rss()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}

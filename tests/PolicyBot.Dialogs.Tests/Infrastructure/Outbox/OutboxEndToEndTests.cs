using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

/// <summary>Delivery through the real host to the connector stub: throttles, interrupted posts, a hung mail server.</summary>
public sealed class OutboxEndToEndTests
{
    private const string Admin = "29:9admin";
    private const string CommsChannel = "19:comms@thread.tacv2";
    private const string IntegrityChannel = "19:integrity@thread.tacv2";

    [Fact]
    public async Task Outbox_TeamsThrottlesOneCard_EveryCardToThatServiceWaitsForRetryAfter()
    {
        await using var bot = await StartAsync();
        await RegisterAsync(bot, CommsChannel, "use this channel for escalations");
        bot.Connector.FailNext(429, retryAfterSeconds: 2);

        await SubmitAsync(bot, "communications-team", "Can I talk to a reporter about my job?");
        var throttled = await ThrottledAtAsync(bot);
        await SubmitAsync(bot, "communications-team", "Can I like a post about the prison?");

        await bot.Connector.WaitForAsync(a => Text(a).Contains("PB-1001", StringComparison.Ordinal), "the first ticket card");
        await bot.Connector.WaitForAsync(a => Text(a).Contains("PB-1002", StringComparison.Ordinal), "the second ticket card");
        var after = bot.Connector.Requests.Where(r => r.At > throttled).ToList();
        Assert.Equal(2, after.Count);
        Assert.All(after, r => Assert.True(r.At - throttled >= TimeSpan.FromSeconds(1.9), $"{r.Path} was sent {(r.At - throttled).TotalSeconds:F1} s after the 429 asked for 2 s."));
    }

    [Fact]
    public async Task Outbox_PostCutOffByACrash_TheCardPostedAgainSaysSo()
    {
        var connector = await ConnectorStub.StartAsync();
        var path = TestDatabase.SqlitePath();
        await using (var accepting = await StartAsync(connector, path, enabled: false))
        {
            await RegisterAsync(accepting, CommsChannel, "use this channel for escalations");
            await SubmitAsync(accepting, "communications-team", "Can I talk to a reporter about my job?");

            // A worker took the card and died mid-post: its lease is left behind.
            var outbox = accepting.Services.GetRequiredService<OutboxStore>();
            Assert.Single(await outbox.ClaimDueAsync(new OutboxClaim(TestClock.Start.AddDays(1), TimeSpan.FromMinutes(1), 10, "killed", null), CancellationToken.None));
        }

        await using var restarted = await StartAsync(connector, path);

        var card = Text(await connector.WaitForAsync(a => Text(a).Contains("PB-1001", StringComparison.Ordinal), "the ticket card from the restarted bot"));
        Assert.Contains(TeamsOutboxHandler.RepostNotice, card, StringComparison.Ordinal);
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Outbox_MailServerHangs_TeamsCardsArriveLongBeforeTheMailTimeout()
    {
        // A mail server that takes connections and never says a word: each email waits out the mail timeout, two
        // minutes here. Cards that shared the mail's lane would wait that long; a minute leaves a starved machine room.
        using var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start(100);
        var held = new ConcurrentBag<TcpClient>();
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                held.Add(await hung.AcceptTcpClientAsync());
                connected.TrySetResult();
            }
        });
        await using var bot = await StartAsync(settings: new() { ["Mail:SmtpHost"] = "127.0.0.1", ["Mail:SmtpPort"] = ((IPEndPoint)hung.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Mail:Security"] = "None", ["Mail:Timeout"] = "00:02:00", ["Outbox:StopGrace"] = "00:00:01" });
        await RegisterAsync(bot, IntegrityChannel, "use this channel for escalations for integrity");

        // Communications has no channel here, so its questions go by email; Integrity's go to its channel.
        for (var i = 0; i < 6; i++)
        {
            await SubmitAsync(bot, "communications-team", $"Mail question {i}?");
        }

        // The mail lane is stuck on the hung server before any card is asked for, so the cards cannot have gone
        // first by luck.
        await connected.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var started = DateTime.UtcNow;
        for (var i = 0; i < 4; i++)
        {
            await SubmitAsync(bot, "integrity-support-team", $"Integrity question {i}?");
        }

        for (var i = 0; i < 4; i++)
        {
            await bot.Connector.WaitForAsync(a => Text(a).Contains($"Integrity question {i}?", StringComparison.Ordinal), $"integrity ticket {i}", TimeSpan.FromMinutes(1));
        }

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(1), $"The cards took {(DateTime.UtcNow - started).TotalSeconds:F1} s.");
        hung.Stop();
    }

    private static Task<BotServer> StartAsync(ConnectorStub? connector = null, string? path = null, bool enabled = true, Dictionary<string, string?>? settings = null) =>
        BotServer.StartAsync(
            _ =>
            {
                var all = new Dictionary<string, string?>
                {
                    ["Escalations:Admins:0"] = Admin,
                    ["Outbox:PollInterval"] = "00:00:00.050",
                    ["Outbox:FirstRetryDelay"] = "00:00:00.100",
                    ["Outbox:Enabled"] = enabled ? "true" : "false",
                    ["Storage:SqlitePath"] = path ?? TestDatabase.SqlitePath(),
                };
                foreach (var (key, value) in settings ?? [])
                {
                    all[key] = value;
                }

                return all;
            },
            connector);

    private static async Task<DateTime> ThrottledAtAsync(BotServer bot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (bot.Connector.Requests.FirstOrDefault(r => r.Status == 429) is { Path: not null } throttled)
            {
                return throttled.At;
            }

            await Task.Delay(20);
        }

        Assert.Fail("Teams was never asked for the card.");
        return default;
    }

    private static async Task RegisterAsync(BotServer bot, string channel, string text)
    {
        await bot.PostAsync(bot.Activity("channel-message.json", ("fromId", Admin), ("fromName", "Admin"), ("channelId", channel), ("teamId", channel + "-team"), ("text", text)));
        await bot.Connector.WaitForAsync(a => Text(a).Contains("Done:", StringComparison.Ordinal), "the registration reply");
    }

    private static async Task SubmitAsync(BotServer bot, string to, string question)
    {
        var data = $$"""{"action":"escalation.submit","to":"{{to}}","question":"{{question}}","confidential":"false"}""";
        var response = await bot.PostAsync(bot.Activity("card-action.json", ("verb", "escalation.submit"), ("data", data)));
        Assert.Contains("PB-", Text(JsonNode.Parse(await response.Content.ReadAsStringAsync())), StringComparison.Ordinal);
    }

    private static string Text(JsonNode? node) => BotServer.Text(node);
}

using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// A member of staff escalating nonstop through /api/messages: each question is sent until PolicyBot confirms it
/// with a reference, pressing Send again (a new click) whenever the reply is lost, as a person would.
/// </summary>
internal sealed partial class Staff(int number, Func<Uri> bot, string serviceUrl, Tally tally, TimeSpan thinkTime = default)
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(20) };
    private static long _activityIds = DateTime.UtcNow.Ticks;

    /// <summary>Asks question after question until stopped; every other one goes to the mailbox route.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var route = i % 2 == 0 ? "communications-team" : "integrity-support-team";
            await AskUntilConfirmedAsync($"Staff {number} question {i}: can I post about my shift?", route, stop);
            if (thinkTime > TimeSpan.Zero)
            {
                await Task.Delay(thinkTime, CancellationToken.None);
            }
        }
    }

    /// <summary>Sends one question until it is confirmed (or the run stops); returns its reference.</summary>
    public async Task<string?> AskUntilConfirmedAsync(string question, string route, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var reference = await PressSendAsync(bot(), question, route);
            if (reference is not null)
            {
                tally.Confirmed(question, reference, route);
                return reference;
            }

            tally.Retried();
            await Task.Delay(200, CancellationToken.None);
        }

        return null;
    }

    private async Task<string?> PressSendAsync(Uri instance, string question, string route)
    {
        var data = new JsonObject { ["action"] = "escalation.submit", ["to"] = route, ["question"] = question, ["confidential"] = "false" };
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "f:" + Interlocked.Increment(ref _activityIds),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:staff-{number}", ["name"] = $"Staff {number}" },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "tenant-1", ["id"] = $"a:staff-{number}" },
            ["recipient"] = new JsonObject { ["id"] = "28:policybot", ["name"] = "PolicyBot" },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "escalation.submit", ["data"] = data }, ["trigger"] = "manual" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        try
        {
            using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await Client.PostAsync(new Uri(instance, "api/messages"), content);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && Reference().Match(body) is { Success: true } match ? match.Value : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // The bot was killed or is restarting: the reply is lost.
            return null;
        }
    }

    /// <summary>An admin says "use this channel for escalations" in the queue channel.</summary>
    public static async Task RegisterQueueAsync(Uri instance, string serviceUrl)
    {
        var id = Interlocked.Increment(ref _activityIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mention = new JsonObject { ["type"] = "mention", ["text"] = "<at>PolicyBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:policybot", ["name"] = "PolicyBot" } };
        var channel = new JsonObject { ["id"] = TeamsStandIn.QueueChannel };
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:admin", ["name"] = "Admin" },
            ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = "tenant-1", ["id"] = $"{TeamsStandIn.QueueChannel};messageid={id}" },
            ["recipient"] = new JsonObject { ["id"] = "28:policybot", ["name"] = "PolicyBot" },
            ["text"] = "<at>PolicyBot</at> use this channel for escalations",
            ["entities"] = new JsonArray(mention),
            ["channelData"] = new JsonObject { ["channel"] = channel, ["team"] = new JsonObject { ["id"] = "19:commsteam" }, ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri(instance, "api/messages"), content);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex(@"PB-\d+")]
    private static partial Regex Reference();
}

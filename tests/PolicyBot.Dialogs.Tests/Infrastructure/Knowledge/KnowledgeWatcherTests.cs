using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Knowledge;

/// <summary>Shared cards keep the policy's ids, not its text: after the policy file is replaced and reloaded they show the new text.</summary>
public sealed class KnowledgeWatcherTests : IAsyncLifetime
{
    private const string OldSentence = "Even social media sites with restricted privacy settings are in effect public, as you cannot control what friends may do with the information.";
    private const string NewSentence = "Treat every social media site as public, whatever its privacy settings say.";

    private readonly string _folder = KnowledgeFolder.Copy();
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Knowledge:Folder"] = _folder });

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Refresh_PolicyReplacedAndReloaded_ShowsCurrentTextAndPolicyUpdatedNote()
    {
        var posted = BotServer.CardOf(await ShareAsync());
        var refresh = posted["refresh"]!["action"]!["data"]!.ToJsonString();
        Assert.Contains(OldSentence, BotServer.Text(posted), StringComparison.Ordinal);
        Assert.DoesNotContain("Policy updated", BotServer.Text(await InvokeAsync("share.refresh", refresh)), StringComparison.Ordinal);

        var policy = Path.Combine(_folder, "policies", "social-media-policy.txt");
        await File.WriteAllTextAsync(policy, (await File.ReadAllTextAsync(policy)).Replace(OldSentence, NewSentence, StringComparison.Ordinal));
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);

        var text = BotServer.Text(await InvokeAsync("share.refresh", refresh));
        Assert.Contains(NewSentence, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OldSentence, text, StringComparison.Ordinal);
        Assert.Contains("Policy updated: version 2, in use from 25 November 2026. This is the current text.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_PolicyFileReplacedWhileRunning_ReloadsWithoutBeingAsked()
    {
        var posted = BotServer.CardOf(await ShareAsync());
        var refresh = posted["refresh"]!["action"]!["data"]!.ToJsonString();
        var before = await _bot.Services.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None);

        var policy = Path.Combine(_folder, "policies", "social-media-policy.txt");
        await File.WriteAllTextAsync(policy, (await File.ReadAllTextAsync(policy)).Replace(OldSentence, NewSentence, StringComparison.Ordinal));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (ReferenceEquals(before, await _bot.Services.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(NewSentence, BotServer.Text(await InvokeAsync("share.refresh", refresh)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_SectionRemovedFromPolicy_SaysSoInsteadOfFailing()
    {
        var posted = BotServer.CardOf(await ShareAsync("scope"));
        var refresh = posted["refresh"]!["action"]!["data"]!.ToJsonString();

        var policy = Path.Combine(_folder, "policies", "social-media-policy.txt");
        await File.WriteAllTextAsync(policy, (await File.ReadAllTextAsync(policy)).Replace("\nScope\n", "\nWho this policy covers\n", StringComparison.Ordinal));
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);

        Assert.Contains("no longer in the policy", BotServer.Text(await InvokeAsync("share.refresh", refresh)), StringComparison.Ordinal);
    }

    private async Task<JsonObject> ShareAsync(string topicId = "policy-principles-and-standards/standards/be-safe")
    {
        await InvokeAsync("share.post", $$"""{"policyId":"social-media-policy","topicId":"{{topicId}}","channelId":"19:general@thread.tacv2"}""");
        return await _bot.Connector.NextAsync();
    }

    private async Task<JsonObject> InvokeAsync(string verb, string data)
    {
        var response = await _bot.PostAsync(_bot.Activity("card-action-channel.json", ("verb", verb), ("data", data), ("fromId", "29:3manager"), ("fromName", "Alex Manager")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }
}

using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Versions;

/// <summary>The Communications team replaces the policy file; staff ask what changed and get answers cited to the version. Over /api/messages.</summary>
public sealed class VersionTurnsTests : IAsyncLifetime
{
    private readonly RevisableKnowledge _folder = new();
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotServer.StartAsync(_ => new Dictionary<string, string?> { ["Knowledge:Folder"] = _folder.Path, ["Knowledge:WatchForChanges"] = "false" });
        await _bot.Services.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task WhatChanged_OneVersionSoFar_SaysThereIsNothingToCompare()
    {
        var reply = await AskAsync("what changed in the social media policy?");

        Assert.StartsWith("I know only one version of the Social Media Policy (version 1, in use from 25 November 2026)", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatChanged_PolicyFileReplaced_ChangedSectionsWithOldAndNewWordingCitedToTheVersion()
    {
        await ReviseAsync();

        var card = BotServer.CardOf(await AskAsync("what changed in the social media policy?"));

        var text = BotServer.Text(card);
        Assert.Contains("Social Media Policy \u00B7 version 2, effective 1 March 2027", text, StringComparison.Ordinal);
        Assert.Contains("Reworded: Policy principles and standards > Standards > Be safe", text, StringComparison.Ordinal);
        Assert.Contains("\"text\":\" are encouraged to\",\"strikethrough\":true", text, StringComparison.Ordinal);
        Assert.Contains("\"text\":\" must\",\"highlight\":true", text, StringComparison.Ordinal);
        Assert.Contains("Added: Policy principles and standards > Standards > Use generative AI tools with care", text, StringComparison.Ordinal);
        Assert.Contains("Removed: Policy statement", text, StringComparison.Ordinal);
        Assert.Contains("Definitions: added \u201c,\u201d; \u201cYoutube\u201d \u2192 \u201cYouTube\u201d (punctuation, case)", text, StringComparison.Ordinal);
        Assert.Contains("Source: Social Media Policy, version 2, effective 1 March 2027, compared with version 1, in use from 25 November 2026.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_PolicyWithTwoVersions_TheAnswerNamesTheVersionItQuotes()
    {
        var before = BotServer.Text(BotServer.CardOf(await AskAsync("can I add offenders as friends on facebook?")));
        Assert.DoesNotContain("Quoted from", before, StringComparison.Ordinal);

        await ReviseAsync();
        var after = BotServer.Text(BotServer.CardOf(await AskAsync("can I add offenders as friends on facebook?")));

        Assert.Contains("Quoted from the Social Media Policy, version 2, effective 1 March 2027.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_SameFileAgain_NoNewVersion()
    {
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);

        var reply = await AskAsync("has the social media policy changed?");

        Assert.StartsWith("I know only one version", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task ReviseAsync()
    {
        _folder.Revise();
        await _bot.Services.GetRequiredService<KnowledgeProvider>().ReloadAsync(CancellationToken.None);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> AskAsync(string text)
    {
        await _bot.PostAsync(_bot.Activity("personal-message.json", ("text", text)));
        return await _bot.Connector.NextAsync();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Cli;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Cli;

public sealed class AnswerJsonTests
{
    [Fact]
    public async Task From_GeneratedAnswer_SaysSoAndKeepsTheRenumberedCitations()
    {
        await using var harness = await GenerationHarness.StartAsync();
        harness.Stub.Reply("Don't share or comment on Corrections matters on social media [2]. Leave that to the Communications team [2][1].");

        var json = JsonNode.Parse(JsonSerializer.Serialize(AnswerJson.From(await harness.AskAsync()), AnswerJson.Options))!;

        Assert.True(json["generated"]!.GetValue<bool>());
        Assert.Equal(2, json["citations"]!.AsArray().Count);
    }

    [Fact]
    public async Task From_NothingConfigured_StaysExtractiveAndKeepsItsShape()
    {
        using var plain = GenerationHarness.Build(new Dictionary<string, string?>());

        var result = await plain.Answers().AnswerAsync(GenerationHarness.Question, null, CancellationToken.None);

        Assert.Null(result.Generated);
        var json = JsonNode.Parse(JsonSerializer.Serialize(AnswerJson.From(result), AnswerJson.Options))!.AsObject();
        Assert.Equal(["question", "answered", "answer", "confidence", "citations", "handoff", "review_note"], json.Select(p => p.Key));
    }
}

using System.Text.Json.Nodes;
using PolicyBot.Bot.Cli;

namespace PolicyBot.Bot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Run_Json_PrintsOneObjectWithTheDocumentedShape()
    {
        var output = new StringWriter();

        var exit = await AskCommand.RunAsync(["--json", "can", "I", "share", "corrections", "facebook", "posts"], TextReader.Null, output);

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output.ToString())!.AsObject();
        Assert.Equal(["question", "answered", "answer", "confidence", "citations", "handoff", "review_note"], json.Select(p => p.Key));
        Assert.Equal("can I share corrections facebook posts", json["question"]!.GetValue<string>());
        Assert.True(json["answered"]!.GetValue<bool>());
        Assert.InRange(json["confidence"]!.GetValue<double>(), 0.5, 1);
        var citation = json["citations"]![0]!.AsObject();
        Assert.Equal(["policy", "section", "quote"], citation.Select(p => p.Key));
        Assert.Null(json["handoff"]);
    }

    [Fact]
    public async Task Run_NoQuestion_ReadsOneQuestionPerLineAndHandsOffOutOfScope()
    {
        var output = new StringWriter();

        await AskCommand.RunAsync([], new StringReader("who owns this policy\n\nhow much annual leave do I get\n"), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var outOfScope = JsonNode.Parse(lines[1])!;
        Assert.False(outOfScope["answered"]!.GetValue<bool>());
        Assert.Empty(outOfScope["citations"]!.AsArray());
        Assert.Equal("manager", outOfScope["handoff"]!["to"]!.GetValue<string>());
    }
}

using System.Text.Json.Nodes;
using PolicyBot.Bot.Cli;

namespace PolicyBot.Bot.Tests.Cli;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Run_Json_PrintsOneObjectWithTheDocumentedShape()
    {
        var output = new StringWriter();

        var exit = await CheckCommand.RunAsync(["--json", "Guess which gang member is on our wing now"], TextReader.Null, output, TextWriter.Null);

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output.ToString())!.AsObject();
        Assert.Equal(["draft", "verdict", "signals", "reasons", "questions_left", "handoff"], json.Select(p => p.Key));
        Assert.Equal("needs-authorisation", json["verdict"]!.GetValue<string>());
        var signal = json["signals"]!.AsArray().Single(s => s!["kind"]!.GetValue<string>() == "offenders")!;
        Assert.Equal(["gang member"], signal["evidence"]!.AsArray().Select(e => e!.GetValue<string>()));
        var reason = json["reasons"]![0]!.AsObject();
        Assert.Equal("Social Media Policy", reason["policy"]!.GetValue<string>());
        Assert.EndsWith("Don't comment on Corrections matters", reason["section"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("communications-team", json["handoff"]!["to"]!.GetValue<string>());
        Assert.Contains(json["questions_left"]!.AsArray(), q => q!["id"]!.GetValue<string>() == "capacity");
    }

    [Fact]
    public async Task Run_NoDraft_ReadsOneDraftPerLineAndReportsOverlongOnes()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        await CheckCommand.RunAsync([], new StringReader($"Beach day!\n\n{new string('a', 6000)}\nMy boss is an idiot\n"), output, error);

        var verdicts = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!["verdict"]!.GetValue<string>());
        Assert.Equal(["ok", "do-not-post"], verdicts);
        Assert.Contains("6000 characters", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PlainText_ShowsVerdictEvidenceAndNextStep()
    {
        var output = new StringWriter();

        await CheckCommand.RunAsync(["We", "live", "on", "Rata", "Street"], TextReader.Null, output, TextWriter.Null);

        var text = output.ToString();
        Assert.StartsWith("Verdict: caution", text, StringComparison.Ordinal);
        Assert.Contains("\"We live on\"", text, StringComparison.Ordinal);
        Assert.Contains("Next step: ask the Integrity Support Team", text, StringComparison.Ordinal);
    }
}

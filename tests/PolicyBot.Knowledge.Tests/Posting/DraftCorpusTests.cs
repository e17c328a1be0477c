using System.Text.Json;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Knowledge.Tests.Posting;

/// <summary>
/// The draft checker against drafts labelled by a careful reader. drafts-dev.jsonl is what the lexicon was
/// tuned on; drafts-holdout.jsonl was written before the first run and never tuned against (86% before the
/// dev tuning, 91% after). drafts-fresh.jsonl was written later and scored 88% on its first run; the NZ prison
/// names and "staff car park" were added to the lexicon after that run, so it is no longer unseen.
/// drafts-unseen.jsonl was written after that and scored 92% on its first run. Over the three sets' first
/// runs the checker agreed with the labels on 65 of 72 drafts (90.3%).
/// </summary>
public sealed class DraftCorpusTests
{
    private static PostChecker Checker => TestPolicies.Knowledge.PostCheck!;

    [Theory]
    [InlineData("drafts-dev.jsonl", 40, 0.95)]
    [InlineData("drafts-holdout.jsonl", 20, 0.90)]
    [InlineData("drafts-fresh.jsonl", 20, 0.90)]
    [InlineData("drafts-unseen.jsonl", 20, 0.90)]
    public void Check_LabelledDrafts_AgreesOnAllowedOrNot(string file, int minimumSize, double floor)
    {
        var drafts = File.ReadLines(TestPolicies.TestData(file))
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .Select(e => (Draft: e.GetProperty("draft").GetString()!, Expected: e.GetProperty("verdict").GetString()!))
            .ToList();

        var misses = new List<string>();
        foreach (var (draft, expected) in drafts)
        {
            Assert.True(VerdictNames.TryParse(expected, out var verdict), $"{file}: '{expected}' is not a verdict.");
            var result = Checker.Check(draft);
            if (result.Verdict.IsAllowed() != verdict.IsAllowed())
            {
                misses.Add($"{expected} but got {result.Verdict.ToName()}: {draft}");
            }
        }

        var agreement = 1 - ((double)misses.Count / drafts.Count);
        Assert.True(drafts.Count >= minimumSize, $"{file} has {drafts.Count} drafts; it needs {minimumSize} to mean anything.");
        Assert.True(agreement >= floor, $"{file}: agreement {agreement:P1} is under {floor:P0}:{Environment.NewLine}{string.Join(Environment.NewLine, misses)}");
    }

    [Fact]
    public void Check_EveryVerdictThatIsNotOk_CitesASectionForEachReason()
    {
        foreach (var line in File.ReadLines(TestPolicies.TestData("drafts-dev.jsonl")))
        {
            var result = Checker.Check(JsonSerializer.Deserialize<JsonElement>(line).GetProperty("draft").GetString()!);

            Assert.NotEmpty(result.Reasons);
            Assert.All(result.Reasons, reason => Assert.NotNull(TestPolicies.Knowledge.FindSection(reason.Citation.PolicyId, reason.Citation.SectionId)));
        }
    }
}

using System.Text.Json;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class FeatureDumpTests
{
    [Fact]
    public void Write_LibrarySet_OnlyItsOwnDocumentsAndTheTunedPolicy()
    {
        // The set names one document of library-dev: the others are loaded too, but not the set's to answer from.
        IReadOnlyList<EvalCase> cases =
        [
            new("how many vacation days do I get?", null, Answers: [new EvalAnswer("benefits-and-perks.md", "Vacation Time")]),
            new("can I expense a flight to a team meetup?", null, OutOfScope: true),
        ];
        var path = Path.Combine(Path.GetTempPath(), $"feature-dump-{Guid.NewGuid():N}.jsonl");
        try
        {
            FeatureDump.Write(TestPolicies.WithLibrary, cases.Select(c => ("set.jsonl", c)), path);

            var policies = File.ReadAllLines(path)
                .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("hits").EnumerateArray())
                .Select(hit => hit.GetProperty("policy").GetString())
                .ToHashSet();
            Assert.Contains("benefits-and-perks", policies);
            Assert.Subset(new HashSet<string?>(["benefits-and-perks", .. TestPolicies.WithLibrary.Index.TunedPolicies]), policies);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_LibrarySet_BestCandidateCarriesTheAlignmentMeasures()
    {
        IReadOnlyList<EvalCase> cases = [new("how many vacation days do I get?", null, Answers: [new EvalAnswer("benefits-and-perks.md", "Vacation Time")])];
        var path = Path.Combine(Path.GetTempPath(), $"feature-dump-{Guid.NewGuid():N}.jsonl");
        try
        {
            FeatureDump.Write(TestPolicies.WithLibrary, cases.Select(c => ("set.jsonl", c)), path);

            var align = JsonDocument.Parse(File.ReadAllLines(path).Single()).RootElement.GetProperty("align").EnumerateArray().Select(v => v.GetDouble()).ToList();
            Assert.Equal(AlignmentProbe.Names.Count, align.Count);
            Assert.InRange(align[1], -1, align[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

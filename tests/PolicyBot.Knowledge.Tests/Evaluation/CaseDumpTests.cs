using System.Text.Json;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class CaseDumpTests
{
    [Fact]
    public void Write_LibraryCases_WritesEachCaseWithCitationsAndExpectedSectionText()
    {
        IReadOnlyList<EvalCase> cases =
        [
            new("how many vacation days do I get?", null, Answers: [new EvalAnswer("benefits-and-perks.md", "Vacation Time")]),
            new("what is the capital of peru?", null, OutOfScope: true),
        ];
        var path = Path.Combine(Path.GetTempPath(), $"case-dump-{Guid.NewGuid():N}.jsonl");
        try
        {
            CaseDump.Write(TestPolicies.WithLibrary, cases.Select(c => ("set.jsonl", c)), path);

            var lines = File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Equal("how many vacation days do I get?", lines[0].GetProperty("question").GetString());
            Assert.Contains(lines[0].GetProperty("expected_texts").EnumerateArray(), text => text.GetString()!.Length > 0);
            Assert.All(lines[0].GetProperty("citations").EnumerateArray(), c => Assert.NotEmpty(c.GetProperty("section_text").GetString()!));
            Assert.True(lines[1].GetProperty("out_of_scope").GetBoolean());
            Assert.Empty(lines[1].GetProperty("expected_texts").EnumerateArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}

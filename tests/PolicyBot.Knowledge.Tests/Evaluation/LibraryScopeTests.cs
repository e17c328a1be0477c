using PolicyBot.Knowledge.Evaluation;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class LibraryScopeTests
{
    [Fact]
    public void Of_LibrarySet_NamesTheDocumentsItsAnswersName()
    {
        IReadOnlyList<EvalCase> cases =
        [
            new("how many vacation days?", null, Answers: [new EvalAnswer("benefits-and-perks.md", "Vacation Time")]),
            new("can I moonlight?", null, Answers: [new EvalAnswer("Moonlighting.md", null, ["side project"])]),
            new("when is payday?", null, OutOfScope: true),
        ];

        var scope = LibraryScope.Of(cases);

        Assert.NotNull(scope);
        Assert.Equal(2, scope.Count);
        Assert.Contains("benefits-and-perks", scope);
        Assert.Contains("moonlighting", scope);
    }

    [Fact]
    public void Of_SetNamingSectionPaths_IsNull()
    {
        var cases = Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl"));

        Assert.Null(LibraryScope.Of(cases));
    }

    // A library is deployed beside the shipped (tuned) policies, never beside another library.
    [Theory]
    [InlineData("benefits-and-perks", false, true)]
    [InlineData("social-media-policy", true, true)]
    [InlineData("mattermost-travel", false, false)]
    public void Admits_HitOfAPolicy_OnlyItsOwnDocumentsAndTunedPolicies(string policyId, bool tuned, bool admitted)
    {
        var scope = new HashSet<string>(["benefits-and-perks"]);
        var hit = new SearchHit(new Passage(0, policyId, policyId, "s", "S", PassageKind.Paragraph, "text"), 0, 0, 0) { Tuned = tuned };

        Assert.Equal(admitted, LibraryScope.Admits(scope, hit));
    }
}

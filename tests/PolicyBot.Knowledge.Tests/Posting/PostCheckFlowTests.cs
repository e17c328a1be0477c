using System.Text.Json.Nodes;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Knowledge.Tests.Posting;

public sealed class PostCheckFlowTests
{
    private static readonly IReadOnlyList<PolicyBot.Knowledge.Documents.PolicyDocument> Policies = PolicyLoader.LoadFolder(Path.Combine(TestPolicies.KnowledgeFolder, "policies"));
    private static readonly RoutingTable Routing = RoutingTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, "routing.json"), Policies);
    private static readonly IReadOnlySet<string> Kinds = SignalLexicon.Load(Path.Combine(TestPolicies.KnowledgeFolder, "draft-signals.json")).Kinds;
    private static readonly string ShippedJson = File.ReadAllText(Path.Combine(TestPolicies.KnowledgeFolder, "post-check.json"));

    private static PostCheckFlow Shipped => TestPolicies.Knowledge.PostCheck!.Flow;

    [Fact]
    public void Walk_EveryPath_EndsInAVerdictWithCitations()
    {
        var paths = 0;
        foreach (var answers in AllPaths(Shipped, Shipped.Start, new Dictionary<string, string>()))
        {
            var position = Shipped.Walk(answers);
            Assert.True(position.Finished);
            var (verdict, reasons) = Shipped.Judge(position.Steps);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason.Citation.Quote)));
            Assert.All(reasons, reason => Assert.NotNull(TestPolicies.Knowledge.FindSection(reason.Citation.PolicyId, reason.Citation.SectionId)));
            Assert.Equal(reasons.Max(r => r.Verdict), verdict);
            paths++;
        }

        Assert.True(paths > 100, $"only {paths} paths: the flow should branch on every question.");
    }

    // The flow's quotes are typed with straight quotes; a policy from Word has curly ones and failed to load.
    [Fact]
    public void Load_PolicyWrittenWithCurlyQuotes_MatchesQuotesTypedWithStraightOnes()
    {
        var curly = TestPolicies.WithCurlyQuotes();
        var routing = RoutingTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, "routing.json"), curly);

        var flow = PostCheckFlow.Load(Path.Combine(TestPolicies.KnowledgeFolder, "post-check.json"), curly, routing, Kinds);

        Assert.Equal(Shipped.Outcomes.Count, flow.Outcomes.Count);
        Assert.Contains(flow.Outcomes, outcome => outcome.Citation.Quote.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ShippedFlow_AsksEveryQuestionThePolicyRaises()
    {
        var questions = Shipped.Questions.Select(q => q.Id).ToList();

        Assert.Equal(["capacity", "sharing", "relates-to-corrections", "politics", "confidential", "people", "others-work", "language", "personal-details", "unsure"], questions);
        Assert.Equal(VerdictNames.All.Order(), Shipped.Outcomes.Select(o => o.Verdict.ToName()).Distinct().Order());
    }

    [Fact]
    public void Judge_SharingCorrectionsOwnPost_IsOkAndEndsAtOnce()
    {
        var position = Shipped.Walk(new Dictionary<string, string> { ["capacity"] = "personal", ["sharing"] = "corrections-content" });

        Assert.True(position.Finished);
        var (verdict, reasons) = Shipped.Judge(position.Steps);
        Assert.Equal(Verdict.Ok, verdict);
        Assert.Contains("re-tweeting", Assert.Single(reasons).Citation.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_SeveralConcerns_TakesTheMostSeriousAndListsThemAll()
    {
        var answers = new Dictionary<string, string>
        {
            ["capacity"] = "personal", ["sharing"] = "own-post", ["relates-to-corrections"] = "yes", ["politics"] = "yes",
            ["confidential"] = "no", ["people"] = "no", ["others-work"] = "unsure", ["language"] = "no", ["personal-details"] = "no", ["unsure"] = "no",
        };

        var (verdict, reasons) = Shipped.Judge(Shipped.Walk(answers).Steps);

        Assert.Equal(Verdict.DoNotPost, verdict);
        Assert.Equal(["political-comment", "corrections-matters", "copyright"], reasons.Select(r => r.Id));
    }

    [Theory]
    [InlineData("section", "no-such-section", "cites the section 'no-such-section'")]
    [InlineData("quote", "Staff may post whatever they like.", "quotes words that are not in")]
    [InlineData("verdict", "maybe", "has the verdict 'maybe'")]
    public void Parse_BrokenOutcome_FailsLoudly(string field, string value, string message)
    {
        var json = Edit(flow => flow["outcomes"]![1]![field] = value);

        var error = Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(json, Policies, Routing, Kinds));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnswerLeadingNowhere_IsADeadEnd()
    {
        var json = Edit(flow => flow["questions"]![0]!["answers"]![0]!["next"] = "no-such-question");

        var error = Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(json, Policies, Routing, Kinds));
        Assert.Contains("leads to 'no-such-question', which is not a question", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuestionLeadingBackToItself_IsALoop()
    {
        var json = Edit(flow => flow["questions"]![9]!["answers"]![0]!["next"] = "politics");

        var error = Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(json, Policies, Routing, Kinds));
        Assert.Contains("leads back to itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuestionNoAnswerLeadsTo_IsUnreachable()
    {
        // "sharing" is only reached from "capacity"; skipping it leaves it stranded.
        var json = Edit(flow => flow["questions"]![0]!["answers"]![0]!["next"] = "relates-to-corrections");

        var error = Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(json, Policies, Routing, Kinds));
        Assert.Contains("no answer leads to the question 'sharing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OutcomeNoAnswerReaches_IsUnreachable()
    {
        var json = Edit(flow => flow["questions"]![8]!["answers"]![0]!.AsObject().Remove("outcome"));

        var error = Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(json, Policies, Routing, Kinds));
        Assert.Contains("no answer reaches the outcome 'personal-safety'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AuthorisationWithoutAnyoneToGiveIt_FailsLoudly()
    {
        var json = Edit(flow => flow["outcomes"]!.AsArray().Single(o => (string?)o!["id"] == "corrections-matters")!.AsObject().Remove("handoff"));

        var error = Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(json, Policies, Routing, Kinds));
        Assert.Contains("does not say who gives it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownSignalOrRoute_FailsLoudly()
    {
        var signal = Edit(flow => flow["questions"]![3]!["draft"]!["rules"]![0]!["signals"] = new JsonArray("elections"));
        var route = Edit(flow => flow["outcomes"]!.AsArray().Single(o => (string?)o!["id"] == "in-doubt")!["handoff"] = new JsonArray("hr"));

        Assert.Contains("signal 'elections'", Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(signal, Policies, Routing, Kinds)).Message, StringComparison.Ordinal);
        Assert.Contains("hands off to 'hr'", Assert.Throws<InvalidDataException>(() => PostCheckFlow.Parse(route, Policies, Routing, Kinds)).Message, StringComparison.Ordinal);
    }

    private static string Edit(Action<JsonNode> change)
    {
        var flow = JsonNode.Parse(ShippedJson)!;
        change(flow);
        return flow.ToJsonString();
    }

    private static IEnumerable<Dictionary<string, string>> AllPaths(PostCheckFlow flow, string id, Dictionary<string, string> answers)
    {
        if (id == PostCheckFlow.End)
        {
            yield return new Dictionary<string, string>(answers);
            yield break;
        }

        foreach (var answer in flow.Question(id)!.Answers)
        {
            answers[id] = answer.Id;
            foreach (var path in AllPaths(flow, answer.Next, answers))
            {
                yield return path;
            }

            answers.Remove(id);
        }
    }
}

using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Answers;

public sealed class UncoveredTopicsTests
{
    private static readonly UncoveredTopics Topics = UncoveredTopics.Parse(["# figures", "how many", "salary, pay rise", "", "  Write Me  "]);

    [Theory]
    [InlineData("How many followers does the Corrections Facebook page have?", "how many")]
    [InlineData("who do i talk to about a PAY RISE", "pay rise")]
    [InlineData("can you write me a linkedin post", "write me")]
    [InlineData("what's the salary band", "salary")]
    public void Find_QuestionWithAListedPhrase_ReturnsThePhrase(string question, string phrase) =>
        Assert.Equal(phrase, Topics.Find(question));

    [Theory]
    [InlineData("can i post about my salaryman hobby")]
    [InlineData("who can i talk to about a rise in abuse online")]
    [InlineData("how do i write a disclaimer for my profile")]
    [InlineData("figures")]
    public void Find_QuestionWithoutAWholeListedPhrase_ReturnsNull(string question) =>
        Assert.Null(Topics.Find(question));

    [Fact]
    public void Find_EmptyList_ReturnsNull() =>
        Assert.Null(UncoveredTopics.Empty.Find("how many"));

    [Fact]
    public void Ask_QuestionSharingThePolicysWordsButAskingAFigure_HandsOffWithoutCitations()
    {
        var answer = TestPolicies.Knowledge.Ask("how many followers does the corrections facebook page have");

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.NotNull(answer.Handoff);
        Assert.Contains("won't guess", answer.Text, StringComparison.Ordinal);
    }

    // The shipped list must never turn away a question the policy answers: none of the in-scope questions
    // in any eval set may contain one of its phrases.
    [Fact]
    public void Find_ShippedList_MatchesNoInScopeQuestionOfAnyEvalSet()
    {
        var topics = UncoveredTopics.Load(Path.Combine(TestPolicies.KnowledgeFolder, PolicyBot.Knowledge.Retrieval.DocumentTuning.NotCoveredFolder, "social-media-policy.txt"));
        var inScope = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "eval-*.jsonl")
            .SelectMany(Evaluator.ReadCases)
            .Where(evalCase => !evalCase.OutOfScope)
            .ToList();

        Assert.True(inScope.Count > 300, $"only {inScope.Count} in-scope questions were found");
        Assert.Empty(inScope.Where(evalCase => topics.Find(evalCase.Question) is not null).Select(evalCase => evalCase.Question));
    }
}

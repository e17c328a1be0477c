using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Answers;

/// <summary>The shipped policy with the development library beside it: documents as they come, no tuning for them.</summary>
public sealed class LibraryAnswerTests
{
    private static PolicyKnowledgeBase Library => TestPolicies.WithLibrary;

    [Theory]
    [InlineData("how many vacation days do we get?", "benefits-and-perks")]
    [InlineData("whats the team travel budget per person per year", "sourcegraph-travel-and-meetups")]
    [InlineData("can I take a part-time contract with another company in the evenings?", "moonlighting")]
    public void Ask_QuestionAboutAnotherDocument_IsAnsweredFromIt(string question, string document)
    {
        var answer = Library.Ask(question);

        Assert.True(answer.Answered, $"{question}: {answer.Confidence}");
        Assert.Equal(document, answer.Citations[0].PolicyId);
    }

    [Theory]
    [InlineData("when is payday this month?")]
    [InlineData("Who's on the weekend on-call roster this month?")]
    [InlineData("whats the wifi password for the guest network")]
    [InlineData("question one")]
    [InlineData("purple elephant spreadsheet tuesday banana lamp")]
    [InlineData("asdf qwerty")]
    public void Ask_TopicNoDocumentCoversOrNonsense_IsHandedToTheManagerWithANeutralReason(string question)
    {
        var answer = Library.Ask(question);

        Assert.False(answer.Answered, $"{question}: answered at {answer.Confidence} from {(answer.Citations.Count > 0 ? answer.Citations[0].PolicyId : "nothing")}");
        Assert.Equal("manager", answer.Handoff!.To);
        Assert.Equal(RoutingTable.NeutralReason, answer.Handoff.Reason);
    }

    [Fact]
    public void Ask_AnswerFromTwoDocuments_NamesTheDocumentOfEveryQuote()
    {
        foreach (var question in new[] { "can I use my work laptop for personal stuff?", "what do I do if I'm sick?", "can I expense a conference?" })
        {
            var answer = Library.Ask(question);

            Assert.DoesNotContain("It also says", answer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("The How We Work", answer.Text, StringComparison.Ordinal);
        }
    }

    // Every input of the confidence model is the passage's or its own policy's: adding ten documents must
    // leave each Social Media question's confidence where it was, and its decision with it.
    [Theory]
    [InlineData("eval-next-e.jsonl")]
    [InlineData("eval-next-f.jsonl")]
    public void Ask_SocialMediaQuestionsWithALibraryBeside_KeepTheirConfidenceAndDecision(string file)
    {
        var alone = TestPolicies.Knowledge;
        foreach (var evalCase in Evaluator.ReadCases(TestPolicies.TestData(file)).Where(c => !c.OutOfScope))
        {
            var before = alone.Ask(evalCase.Question);
            var after = Library.Ask(evalCase.Question);

            Assert.True(before.Answered == after.Answered, $"{evalCase.Question}: answered {before.Answered} alone, {after.Answered} beside the library");
            if (after.Citations.Count > 0 && after.Citations[0].PolicyId == "social-media-policy")
            {
                Assert.True(Math.Abs(before.Confidence - after.Confidence) < 0.001, $"{evalCase.Question}: {before.Confidence} alone, {after.Confidence} beside the library");
            }
        }
    }

    [Fact]
    public void Ask_SocialMediaHandoffBesideALibrary_StillGivesItsOwnReason()
    {
        var answer = Library.Ask("an offender found my profile and keeps messaging me, I feel unsafe");

        Assert.Equal("integrity-support-team", answer.AskAPerson.To);
    }
}

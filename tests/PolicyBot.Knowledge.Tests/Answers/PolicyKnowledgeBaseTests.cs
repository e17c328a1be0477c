using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Tests.Answers;

public sealed class PolicyKnowledgeBaseTests
{
    private static PolicyKnowledgeBase Knowledge => TestPolicies.Knowledge;

    [Fact]
    public void Ask_InScopeQuestion_QuotesThePolicyAndCitesTheSection()
    {
        var answer = Knowledge.Ask("can i retweet stuff from the corrections twitter account?");

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.Equal("Social Media Policy", c.Policy));
        Assert.Contains(answer.Citations, c => c.Section == "Policy principles and standards > Standards > Don't comment on Corrections matters");
        Assert.Contains("'re-tweeting'", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Social Media Policy", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Handoff);
    }

    [Fact]
    public void Ask_AnyAnswer_QuotesOnlyTextThatIsInTheCitedPassages()
    {
        var answer = Knowledge.Ask("Prisoners looking me up online");

        var quoted = System.Text.RegularExpressions.Regex.Matches(answer.Text, "\u201c(.+?)\u201d").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(quoted);
        foreach (var fragment in quoted.SelectMany(q => q.Split(" \u2026 ")))
        {
            Assert.Contains(answer.Citations, c => c.Quote.Contains(fragment, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("who owns this policy", "Owner: National Manager Communications, Corporate Services")]
    [InlineData("when is the policy due for review", "Next Review Date: July 2017")]
    [InlineData("who approved the social media policy", "Approved")]
    public void Ask_QuestionAboutTheDocument_AnswersFromItsDetails(string question, string expected)
    {
        var answer = Knowledge.Ask(question);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_RelatedDocuments_ListsThem()
    {
        var answer = Knowledge.Ask("what other documents should I read alongside this policy");

        Assert.True(answer.Answered);
        Assert.Contains("- Privacy Act 1993", answer.Text, StringComparison.Ordinal);
        Assert.Contains("- Department of Corrections Code of Conduct", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many days of annual leave do I get")]
    [InlineData("where do I park my car at national office")]
    public void Ask_OutOfScope_SaysSoAndHandsOffWithoutCitations(string question)
    {
        var answer = Knowledge.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.NotNull(answer.Handoff);
        Assert.Contains("couldn't find this in the Social Media Policy", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Confidence < 0.5);
    }

    [Theory]
    [InlineData("who do I talk to about getting authorisation to comment on behalf of corrections on the radio", "communications-team")]
    [InlineData("an offender found my profile and keeps messaging me, I feel unsafe", "integrity-support-team")]
    [InlineData("what's the rule on bringing my dog to work", "manager")]
    public void Route_Question_GoesWhereThePolicySays(string question, string expected)
    {
        Assert.Equal(expected, Knowledge.Routing.Route(question, sectionId: null).To);
    }

    [Fact]
    public void Ask_PolicyPastItsReviewDate_AddsTheReviewNote()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, new KnowledgeOptions(), TestPolicies.Clock(2017, 8, 1));

        var answer = knowledge.Ask("can I retweet corrections tweets");

        Assert.Equal("The Social Media Policy was due for review in July 2017; check with its owner that this is still current.", answer.ReviewNote);
    }

    [Fact]
    public void Ask_PolicyWithinItsReviewDate_HasNoReviewNote()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, new KnowledgeOptions(), TestPolicies.Clock(2017, 7, 31));

        Assert.Null(knowledge.Ask("can I retweet corrections tweets").ReviewNote);
    }

    // The confidence is what decides: an answer reaches the floor, a question handed off for want of one does not.
    [Fact]
    public void Confidence_AnsweredQuestion_ReachesTheFloorAndAHandedOffOneDoesNot()
    {
        var floor = new KnowledgeOptions().MinConfidence;
        var answered = Knowledge.Ask("can i criticise the govt on fb");
        var handedOff = Knowledge.Ask("annual leave");

        Assert.True(answered.Answered);
        Assert.InRange(answered.Confidence, floor, 1);
        Assert.False(handedOff.Answered);
        Assert.True(handedOff.Confidence < floor, $"A handed-off question scored {handedOff.Confidence}, at or above the floor {floor}.");
    }

    // With no confidence floor a question whose best passages share none of its words reached the answer
    // text with nothing to cite and threw; it must hand off instead.
    [Fact]
    public void Ask_MinConfidenceZeroAndNothingToCite_HandsOff()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, new KnowledgeOptions { MinConfidence = 0 }, TestPolicies.Clock());

        foreach (var evalCase in PolicyBot.Knowledge.Evaluation.Evaluator.ReadCases(TestPolicies.TestData("eval-fresh.jsonl")))
        {
            var answer = knowledge.Ask(evalCase.Question);

            Assert.True(answer.Answered ? answer.Citations.Count > 0 : answer.Handoff is not null, evalCase.Question);
        }
    }

    [Fact]
    public void Ask_QuestionOverTheCap_RefusesWithTheLengthAndEchoesOnlyItsStart()
    {
        var question = "can I tweet " + new string('a', 100_000);

        var answer = Knowledge.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Contains("100,012 characters", answer.Text, StringComparison.Ordinal);
        Assert.Contains("up to 1,000", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("can I tweet aaa", answer.Question, StringComparison.Ordinal);
        Assert.True(answer.Question.Length <= PolicyKnowledgeBase.RefusedQuestionEcho + 1);
    }

    [Fact]
    public void Ask_QuestionAtTheCapWithSpacesAround_IsAnswered()
    {
        // A question of exactly the cap once trimmed: the same question said over and over, so it stays answerable.
        var words = string.Concat(Enumerable.Repeat("who owns this policy? ", 60))[..PolicyKnowledgeBase.MaxQuestionLength];
        var question = "  " + words.TrimEnd() + new string('?', PolicyKnowledgeBase.MaxQuestionLength - words.TrimEnd().Length) + "  ";

        var answer = Knowledge.Ask(question);

        Assert.True(answer.Answered);
    }

    // A view of some policies answers as if only they were loaded: the library's answer where it keeps that
    // document, with the same confidence, and nothing from a document it leaves out.
    [Fact]
    public void Only_SomePolicies_AnswersFromThemAloneWithTheirOwnConfidence()
    {
        var library = TestPolicies.WithLibrary;
        var all = library.Ask("how many vacation days do we get?");

        using var benefits = library.Only(new HashSet<string>(["benefits-and-perks"]));
        using var shipped = library.Only(new HashSet<string>(["social-media-policy"]));
        var kept = benefits.Ask("how many vacation days do we get?");
        var without = shipped.Ask("how many vacation days do we get?");

        Assert.Equal("benefits-and-perks", all.Citations[0].PolicyId);
        Assert.Equal(all.Confidence, kept.Confidence);
        Assert.All(kept.Citations, c => Assert.Equal("benefits-and-perks", c.PolicyId));
        Assert.All(without.Citations, c => Assert.Equal("social-media-policy", c.PolicyId));
        Assert.Single(benefits.Documents);
    }
}

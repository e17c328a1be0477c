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

    // Since session 5 the untuned documents' confidence answers where at most 5% of their answerable questions
    // are refused, so a question none of them answers sits just below 0.5. Until session 6 a hand-off above 0.4
    // named the nearest document: payslips went to Paid Time Off's people, salary bands to Travel and Meetups'.
    [Theory]
    [InlineData("where can I download my payslips from last year?")]
    [InlineData("what's the salary band for a senior programmer?")]
    [InlineData("when is payday this month?")]
    [InlineData("Who's on the weekend on-call roster this month?")]
    [InlineData("whats the wifi password for the guest network")]
    [InlineData("purple elephant spreadsheet tuesday banana lamp")]
    [InlineData("asdf qwerty")]
    [InlineData("question one")]
    public void Ask_TopicNoDocumentCoversOrNonsense_IsHandedToTheManagerWithANeutralReason(string question)
    {
        var answer = Library.Ask(question);

        Assert.False(answer.Answered, $"{question}: answered at {answer.Confidence} from {(answer.Citations.Count > 0 ? answer.Citations[0].PolicyId : "nothing")}");
        Assert.Equal("manager", answer.Handoff!.To);
        Assert.Equal(RoutingTable.NeutralReason, answer.Handoff.Reason);
    }

    // Nonsense is handed off beside any library, though the untuned documents' confidence now answers at the
    // point where at most 5% of their answerable questions are refused, and with the neutral reason: "test" went
    // to Mattermost's hardware policy's people beside library-dev2, "help" to PostHog's employee expectations'.
    [Theory]
    [InlineData("library-dev")]
    [InlineData("library-dev2")]
    [InlineData("library-dev3")]
    [InlineData("library-test/library")]
    [InlineData("library-test2")]
    [InlineData("library-test3")]
    [InlineData("library-test4")]
    [InlineData("library-test5")]
    [InlineData("library-test6")]
    public void Ask_NonsenseBesideEachDevelopmentLibrary_IsHandedToTheManagerWithANeutralReason(string library)
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [TestPolicies.TestData(library)], new KnowledgeOptions(), TestPolicies.Clock());

        foreach (var question in new[] { "question one", "asdf jkl; qwerty", "???", "banana", "test", "help" })
        {
            var answer = knowledge.Ask(question);
            Assert.False(answer.Answered, $"{question}: answered at {answer.Confidence} from {(answer.Citations.Count > 0 ? answer.Citations[0].PolicyId : "nothing")}");
            Assert.Equal(RoutingTable.NeutralReason, answer.Handoff!.Reason);
        }
    }

    // After GitLab's travel page answered, "Time off from work/LOA", a four-word bullet of the anti-harassment
    // policy, was cited beside it at between 0.71 and 0.72 of the answer's confidence. A larger share for untuned
    // answers drops it. The share ships at the tuned half, because on documents nobody tuned the larger share cost
    // more right citations than it saved wrong ones (docs/accuracy.md, "Session 6: supporting citations and hand-off routes").
    [Fact]
    public void Ask_UntunedShareRaised_CitesNoWeakPassageOfAnotherPolicyBesideIt()
    {
        var options = new KnowledgeOptions { UntunedCitationScoreRatio = 0.75 };
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [TestPolicies.TestData("library-test6")], options, TestPolicies.Clock());

        var answer = knowledge.Ask("should I switch my laptop off before airport security or is sleep mode ok?");

        Assert.True(answer.Answered);
        Assert.Equal("gitlab-travel-safety-and-security", answer.Citations[0].PolicyId);
        Assert.DoesNotContain(answer.Citations, citation => citation.PolicyId == "gitlab-anti-harassment-policy");
    }

    // The share is what drops it: at the tuned policies' half the bullet is cited again.
    [Fact]
    public void Ask_UntunedShareAtTheTunedHalf_CitesTheWeakPassageAgain()
    {
        var options = new KnowledgeOptions { UntunedCitationScoreRatio = 0.5 };
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [TestPolicies.TestData("library-test6")], options, TestPolicies.Clock());

        var answer = knowledge.Ask("should I switch my laptop off before airport security or is sleep mode ok?");

        Assert.Contains(answer.Citations, citation => citation.PolicyId == "gitlab-anti-harassment-policy");
    }

    // The untuned share is read only after an untuned document's answer: the Social Media Policy's answers beside
    // a library cite as they did, however large it is.
    [Fact]
    public void Ask_TunedAnswerBesideALibrary_KeepsTheTunedShare()
    {
        var options = new KnowledgeOptions { UntunedCitationScoreRatio = 1 };
        using var strict = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [TestPolicies.LibraryDev], options, TestPolicies.Clock());

        var answer = strict.Ask("can I retweet corrections tweets?");

        Assert.Equal(Library.Ask("can I retweet corrections tweets?").Citations, answer.Citations);
        Assert.Equal(3, answer.Citations.Count);
    }

    // GitLab's travel page answered this first, then cited "Title: Travel Safety and Security" as a third source.
    [Fact]
    public void Ask_AnswerBesideAPolicysTitleField_DoesNotCiteTheTitle()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [TestPolicies.TestData("library-test6")], new KnowledgeOptions(), TestPolicies.Clock());

        var answer = knowledge.Ask("should I switch my laptop off before airport security or is sleep mode ok?");

        Assert.True(answer.Answered);
        Assert.Equal("gitlab-travel-safety-and-security", answer.Citations[0].PolicyId);
        Assert.DoesNotContain(answer.Citations, citation => citation.Quote.StartsWith("Title:", StringComparison.Ordinal));
    }

    // The title "Probation" matched best, so the answer quoted "Title: Probation" and the timeline only second.
    [Fact]
    public void Ask_UntunedTitleFieldBestBesideItsOwnSection_QuotesTheSection()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [TestPolicies.TestData("library-test8/documents")], new KnowledgeOptions(), TestPolicies.Clock());

        var answer = knowledge.Ask("what happens at the end of my probation?");

        Assert.True(answer.Answered);
        Assert.Equal("turing-reg-probation", answer.Citations[0].PolicyId);
        Assert.DoesNotContain(answer.Citations, citation => citation.Quote.StartsWith("Title:", StringComparison.Ordinal));
        Assert.StartsWith("\u201cProbation\u201d says, under \"Information for team members on probation\"", answer.Text, StringComparison.Ordinal);
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

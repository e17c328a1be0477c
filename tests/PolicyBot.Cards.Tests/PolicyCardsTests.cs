using System.Text.Json.Nodes;

namespace PolicyBot.Cards.Tests;

public sealed class PolicyCardsTests
{
    [Fact]
    public void Render_EveryTemplate_FitsTeamsLimits()
    {
        foreach (var (name, card) in SampleCards.All)
        {
            Assert.True(CardLimits.Check(card).Count == 0, $"{name}: {string.Join("; ", CardLimits.Check(card))}");
        }
    }

    [Fact]
    public void Render_EveryTemplate_PassesMicrosoftsAdaptiveCardsValidation()
    {
        var results = NodeCardValidator.Validate(SampleCards.All);

        Assert.Equal(SampleCards.All.Count, results.Count);
        foreach (var (name, errors) in results)
        {
            Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Render_EveryEmbeddedTemplate_HasASample()
    {
        var sampled = SampleCards.All.Keys;

        Assert.All(CardTemplate.Names, name => Assert.Contains(sampled, key => key == name || key.StartsWith(name + "-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Answer_Citations_EachGetAnExpandableQuoteAndAFullSectionButton()
    {
        var card = PolicyCards.Answer(SampleCards.Answer).ToJsonString();

        foreach (var id in new[] { "quote1", "quote2", "quote3" })
        {
            Assert.Contains($"\"id\":\"{id}\",\"isVisible\":false", card, StringComparison.Ordinal);
            Assert.Contains($"\"targetElements\":[\"{id}\"]", card, StringComparison.Ordinal);
        }

        Assert.Equal(3, CountOf(card, "\"verb\":\"showSection\""));
    }

    [Fact]
    public void Answer_Actions_ExecuteWithASubmitFallback()
    {
        var actions = PolicyCards.Answer(SampleCards.Answer)["actions"]!.AsArray();

        Assert.Equal(["feedback", "feedback", "askPerson"], actions.Select(a => a!["verb"]!.GetValue<string>()));
        Assert.All(actions, action =>
        {
            Assert.Equal("Action.Execute", action!["type"]!.GetValue<string>());
            Assert.Equal("Action.Submit", action["fallback"]!["type"]!.GetValue<string>());
            Assert.Equal(action["data"]!.ToJsonString(), action["fallback"]!["data"]!.ToJsonString());
        });
    }

    [Fact]
    public void Answer_AfterFeedback_ThanksInsteadOfAskingAgain()
    {
        var card = PolicyCards.Answer(SampleCards.Answer with { FeedbackThanks = "Thanks, glad it helped." });

        Assert.DoesNotContain("feedback", card["actions"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Thanks, glad it helped.", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AnswerInMessage_LeavesTheAnswerOutAndTellsFeedbackSo()
    {
        var card = SampleCards.All["answer-generated"];

        Assert.DoesNotContain(SampleCards.Answer.Answer, card["body"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Sources", card.ToJsonString(), StringComparison.Ordinal);
        var feedback = card["actions"]!.AsArray().Where(a => a!["verb"]?.GetValue<string>() == "feedback").ToList();
        Assert.Equal(2, feedback.Count);
        Assert.All(feedback, action => Assert.True(action!["data"]!["answerInMessage"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Answer_FeedbackButtons_SayWhetherTheCardShowedTheReviewNote(bool shown)
    {
        var card = PolicyCards.Answer(SampleCards.Answer with { ReviewNote = shown ? SampleCards.Answer.ReviewNote : null });

        var feedback = card["actions"]!.AsArray().Where(a => a!["verb"]?.GetValue<string>() == "feedback").ToList();
        Assert.Equal(2, feedback.Count);
        Assert.All(feedback, action => Assert.Equal(shown, action!["data"]!["reviewNote"]!.GetValue<bool>()));
        Assert.Equal(shown, card.ToJsonString().Contains("was due for review", StringComparison.Ordinal));
    }

    [Fact]
    public void QuestionReport_OverdueAndApproved_EachUnderItsHeadingWithHowToRetire()
    {
        var text = SampleCards.All["question-report"].ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var empty = SampleCards.All["question-report-empty"].ToJsonString();

        Assert.Contains("Policies overdue for review", text, StringComparison.Ordinal);
        Assert.Contains("- Social Media Policy: review was due July 2017", text, StringComparison.Ordinal);
        Assert.Contains("Approved answers (since they were approved)", text, StringComparison.Ordinal);
        Assert.Contains("- Answer 1, \u201cCan I add colleagues as friends on Facebook?\u201d (PB-1001): shown 12 times since approved, last on 24 Nov; interprets", text, StringComparison.Ordinal);
        Assert.Contains("retire approved answer N", text, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue for review", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Approved answers", empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NotCoveredPostingQuestion_SaysHowToHaveADraftChecked()
    {
        var withHint = SampleCards.All["answer-not-covered-posting"].ToJsonString();
        var without = SampleCards.All["answer-not-covered"].ToJsonString();

        Assert.Contains("To have a draft checked against the policy", withHint, StringComparison.Ordinal);
        Assert.DoesNotContain("To have a draft checked", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NotCovered_ShowsWhoCanHelpAndNoSources()
    {
        var card = SampleCards.All["answer-not-covered"].ToJsonString();

        Assert.Contains("Who can help: Communications team", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_Examples_AreButtonsThatAskTheQuestion()
    {
        // One example per row, so long questions are not cut off; "Can I post this?" stays at the bottom.
        var card = SampleCards.All["welcome-personal"];
        var examples = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "ActionSet").Select(e => e!["actions"]![0]!).ToList();

        Assert.Equal(2, examples.Count);
        Assert.Equal("imBack", examples[0]["data"]!["msteams"]!["type"]!.GetValue<string>());
        Assert.Equal("Can I share Corrections' Facebook posts?", examples[0]["data"]!["msteams"]!["value"]!.GetValue<string>());
        Assert.Equal("postCheck.prompt", card["actions"]![0]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public void Handoff_WithEmail_OffersAMailLinkWithTheQuestion()
    {
        var url = SampleCards.All["handoff"]["actions"]![0]!["url"]!.GetValue<string>();

        Assert.StartsWith("mailto:socialmedia@corrections.govt.nz?subject=", url, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("Can I speak to a reporter about my job?"), url, StringComparison.Ordinal);
        Assert.Empty(SampleCards.All["handoff-no-email"]["actions"]!.AsArray());
    }

    [Fact]
    public void Check_OversizedCard_ReportsEachProblem()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.6", ["body"] = new JsonArray(new JsonObject { ["text"] = new string('x', 90_000) }), ["actions"] = new JsonArray(Enumerable.Range(0, 7).Select(_ => (JsonNode)new JsonObject()).ToArray()) };

        var problems = CardLimits.Check(card);

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void WhatChanged_Wording_TakenOutStruckThroughPutInHighlighted()
    {
        var card = PolicyCards.WhatChanged(SampleCards.WhatChanged);
        var runs = card["body"]![3]!["items"]![1]!["items"]!.AsArray()
            .Select(columns => columns!["columns"]![1]!["items"]![0]!["inlines"]!.AsArray())
            .ToList();

        Assert.Equal([false, true, false], runs[0].Select(run => run!["strikethrough"]!.GetValue<bool>()));
        Assert.Equal("are encouraged to", runs[0][1]!["text"]!.GetValue<string>());
        Assert.Equal([false, true, false], runs[1].Select(run => run!["highlight"]!.GetValue<bool>()));
        Assert.Equal("must", runs[1][1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void WhatChanged_SectionsStillInThePolicy_OfferTheFullSection()
    {
        var card = PolicyCards.WhatChanged(SampleCards.WhatChanged).ToJsonString();

        // Be safe and Roles and responsibilities; the removed Policy statement has no section to show.
        Assert.Equal(2, CountOf(card, "\"verb\":\"showSection\""));
        Assert.Contains("\"text\":\"Gone\"", card, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"New\"", card, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}

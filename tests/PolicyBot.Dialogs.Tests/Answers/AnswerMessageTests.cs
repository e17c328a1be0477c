using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Tests.Answers;

public sealed class AnswerMessageTests
{
    private const string Generated = "Don't comment on Corrections matters without authorisation [1].";
    private const string Quote = "they cannot comment on Corrections related matters";

    [Fact]
    public void From_GeneratedAnswer_PutsTheTextInTheMessageOnlyAndTheSourcesOnTheCard()
    {
        var message = AnswerMessage.From(new AnswerResult(Answer(Generated), Generated: true, Note: null));

        var card = JObject.Parse(message.Attachments.Single().Content.ToString()!);
        var body = card["body"]!.ToString();
        Assert.Equal(Generated, message.Text);
        Assert.DoesNotContain("without authorisation", body, StringComparison.Ordinal);
        Assert.Contains(Quote, body, StringComparison.Ordinal);
        Assert.Contains("\"answerInMessage\": true", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_ExtractiveAnswer_KeepsTheAnswerOnTheCard()
    {
        var extractive = "The Social Media Policy says: \u201cthey cannot comment\u201d";
        var message = AnswerMessage.From(AnswerResult.Extractive(Answer(extractive)));

        var card = JObject.Parse(message.Attachments.Single().Content.ToString()!).ToString();
        Assert.Contains("they cannot comment\u201d", card, StringComparison.Ordinal);
        Assert.Contains("\"answerInMessage\": false", card, StringComparison.Ordinal);
    }

    private static PolicyAnswer Answer(string text)
    {
        var person = new Handoff("communications-team", "Communications team", "socialmedia@corrections.govt.nz", "Ask Communications.", "Staff with questions...");
        return new PolicyAnswer
        {
            Question = "can I comment on a prison story?",
            Answered = true,
            Text = text,
            Confidence = 0.9,
            Citations = [new Citation("Social Media Policy", "social-media-policy", "Policy principles and standards > Standards > Don't comment on Corrections matters", "dont-comment", Quote)],
            AskAPerson = person,
        };
    }
}

using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Tests.Answers;

public sealed class PolicyAnswerTests
{
    private static readonly Handoff Comms = new("communications-team", "Communications team", "socialmedia@corrections.govt.nz", "Authorisation to comment goes to the Communications team.", "Contact the Communications team.");

    [Fact]
    public void ToPlainText_HandoffWhoseReasonTheTextGives_SaysTheReasonOnce()
    {
        var answer = Answer($"I couldn't find this in the Social Media Policy, so I won't guess. {Comms.Reason}");

        var text = answer.ToPlainText();

        Assert.Equal(text.IndexOf(Comms.Reason, StringComparison.Ordinal), text.LastIndexOf(Comms.Reason, StringComparison.Ordinal));
        Assert.Contains("Ask a person: Communications team (socialmedia@corrections.govt.nz).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_HandoffWhoseReasonTheTextLacks_GivesTheReasonAfterTheName()
    {
        var text = Answer("That one is for a person.").ToPlainText();

        Assert.EndsWith($"Ask a person: Communications team (socialmedia@corrections.govt.nz). {Comms.Reason}", text, StringComparison.Ordinal);
    }

    private static PolicyAnswer Answer(string text) => new()
    {
        Question = "can I comment on a news story about a prison?",
        Answered = false,
        Text = text,
        Confidence = 0.2,
        Citations = [],
        Handoff = Comms,
        AskAPerson = Comms,
    };
}

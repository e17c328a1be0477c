using PolicyBot.Cards;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>The short cards escalations answer with.</summary>
internal static class Notices
{
    public static CardActionResult Sent(Escalation escalation, Handoff route)
    {
        var how = Destinations.IsMail(escalation.Destination) ? "by email" : "to their queue in Teams";
        var text = $"I've sent your question to {route.InSentence} {how} as {escalation.Reference}{(escalation.Confidential ? ", without your name" : string.Empty)}. I'll tell you here when someone picks it up and when it's answered.";
        return new CardActionResult(PolicyCards.Notice(new NoticeCardData($"Sent: {escalation.Reference}", text, "Good")), null, text);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Graph;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// With Microsoft Graph the question goes straight to the manager: in their PolicyBot chat if they have one,
/// otherwise by email. Without Graph the bot cannot know who someone's manager is, so it prepares the message
/// for the person to send their manager themselves.
/// </summary>
internal static class ManagerHandoff
{
    public const string SendItYourself = "Copy this message into a Teams chat with your manager and send it. (PolicyBot sends it for you when Microsoft Graph is set up: see Graph in the README.)";

    public static string Message(Escalation escalation) =>
        $"Kia ora, I have a question about the Social Media Policy ({escalation.Reference}): {escalation.Question}";

    public static CardActionResult Card(Escalation escalation, Handoff route)
    {
        var message = Message(escalation);
        var card = PolicyCards.Handoff(new HandoffCardData(route.To, route.Name, route.Contact, route.Reason, route.Source, message));

        // A Teams chat link needs the manager's address, which only Graph knows: a link with none opens no chat.
        var body = card["body"] as JsonArray ?? [];
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = SendItYourself, ["wrap"] = true });
        card["body"] = body;
        var text = $"Here's a message for your manager ({escalation.Reference}). {SendItYourself}";
        return new CardActionResult(card, null, text);
    }

    /// <summary>The outbound effect that takes the question to a known manager.</summary>
    public static List<OutboxDraft> Effects(Escalation escalation, ManagerInfo manager, bool inTeams, string replyTo)
    {
        var from = escalation.Confidential ? "A member of your team" : escalation.RequesterName;
        if (inTeams)
        {
            // Teams renders Markdown in the message and on the card: the name and question are shown as typed.
            var shown = $"{CardMarkdown.Escape(from)} asked PolicyBot to pass a Social Media Policy question to you ({escalation.Reference}):\n\n{CardMarkdown.Escape(escalation.Question)}";
            var card = PolicyCards.Notice(new NoticeCardData($"A question from your team ({escalation.Reference})", shown));
            return [TeamsPayload.Send(EscalationQueues.DirectoryKey(manager.Id), shown, card.ToJsonString())];
        }

        var text = $"{MailText.Line(from)} asked PolicyBot to pass a Social Media Policy question to you ({escalation.Reference}):\n\n{MailText.Quoted(escalation.Question)}";
        var messageId = string.Create(CultureInfo.InvariantCulture, $"{escalation.Reference.ToLowerInvariant()}.{escalation.CreatedAt.ToUnixTimeMilliseconds()}@policybot");
        var email = new EmailPayload(manager.Mail!, $"[{escalation.Reference}] A Social Media Policy question from your team", text, replyTo, messageId);
        return [new OutboxDraft(EmailPayload.Kind, email.ToJson())];
    }

    public static CardActionResult Sent(Escalation escalation, ManagerInfo manager, bool inTeams)
    {
        var text = $"I've sent your question to your manager, {manager.DisplayName}, {(inTeams ? "in Teams" : "by email")} as {escalation.Reference}{(escalation.Confidential ? ", without your name" : string.Empty)}.";
        return new CardActionResult(PolicyCards.Notice(new NoticeCardData($"Sent: {escalation.Reference}", text, "Good")), null, text);
    }
}

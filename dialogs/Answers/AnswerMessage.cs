using Microsoft.Bot.Schema;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Answers;

/// <summary>The Teams message for an answer: the answer card, plus the AI label and citations when generated.</summary>
internal static class AnswerMessage
{
    public static IMessageActivity From(AnswerResult result)
    {
        var answer = result.Answer;
        var generated = result.Generated == true;
        var card = PolicyCards.Answer(CardMapper.ToCard(answer) with { AnswerInMessage = generated, VersionNote = result.VersionNote, Approved = CardMapper.ToCard(result.Approved) });
        var message = Replies.Card(card, answer.Answered ? answer.Text : answer.Handoff!.Reason);
        if (generated)
        {
            // Teams draws citations from the markers in the message text, so the generated text goes there,
            // and the card below it keeps the sources and buttons without saying it twice.
            message.Text = answer.Text;
            message.Entities = [TeamsCitations.Entity(answer.Citations)];
        }
        else if (result.Note is not null)
        {
            message.Text = result.Note;
        }

        return message;
    }
}

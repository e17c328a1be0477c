using Microsoft.Bot.Schema;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Answers;

namespace PolicyBot.Dialogs.Generation;

/// <summary>The Teams message for an answer: the answer card, plus the AI label and citations when generated.</summary>
internal static class AnswerMessage
{
    public static IMessageActivity From(AnswerResult result)
    {
        var answer = result.Answer;
        var message = PolicyConversation.CardMessage(PolicyCards.Answer(CardMapper.ToCard(answer)), answer.Answered ? answer.Text : answer.Handoff!.Reason);
        if (result.Generated == true)
        {
            // Teams draws citations from the markers in the message text, so the generated text goes there too.
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

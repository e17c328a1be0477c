using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Insights;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Answers: the greeting, every question no other route takes, and the answer card's feedback and section buttons.</summary>
internal sealed class AnswerTurns(
    KnowledgeProvider knowledge,
    FeedbackStore feedback,
    IOptions<WelcomeSettings> welcome,
    TimeProvider time,
    PolicyAnswers answers,
    QuestionLog questions,
    ReviewNotices notices) : ITurnRoutes
{
    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Message("answers.greeting", MessageRouteKind.Command, Greeting.Recognizes, (turn, token) => WelcomeAsync(turn.Who.Shared, token))
            .Otherwise("answers.question", AnswerAsync)
            .Welcome((turn, token) => WelcomeAsync(turn.Who.Shared, token))
            .CardAction(CardAction.Feedback, FeedbackAsync)
            .CardAction(CardAction.ShowSection, ShowSectionAsync);
    }

    /// <summary>The greeting card: what the bot knows and a few example questions.</summary>
    public async Task<IMessageActivity> WelcomeAsync(bool inChannel, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<string> examples = welcome.Value.Examples.Count > 0 ? welcome.Value.Examples : WelcomeSettings.DefaultExamples;
        var names = string.Join(" and ", kb.Documents.Select(d => "the " + d.Title));
        var card = PolicyCards.Welcome(new WelcomeCardData(names, examples.Take(CardLimits.MaxPrimaryActions - 1).Select(e => new ExampleQuestion(e)).ToList(), inChannel));
        return Replies.Card(card, $"Hi, I'm PolicyBot. Ask me about {names}.");
    }

    private async Task<IMessageActivity> AnswerAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        // Teams streams replies in personal chats only; elsewhere the final answer is the only message.
        var stream = turn.Who.Shared ? null : new TeamsAnswerStream(turn.Context);
        var result = await answers.AnswerAsync(turn.Text, stream, cancellationToken).ConfigureAwait(false);
        var answer = result.Answer;
        if (answer.ReviewNote is not null)
        {
            // The review-overdue note goes once per conversation per policy: after that it is known, and
            // repeating it on every card would teach people to skip it.
            var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
            result = result with { Answer = answer with { ReviewNote = await notices.NoteAsync(ConversationOf(turn.Context), kb, answer.Citations.Select(c => c.PolicyId), cancellationToken).ConfigureAwait(false) } };
        }

        // Kept, without who asked, so the Communications team sees what staff ask and what went unanswered.
        questions.Record(new AskedQuestion(answer.Question, answer.Answered, answer.Citations.Count > 0 ? answer.Citations[0].Section : null, turn.Who.ConversationType, time.GetUtcNow()));
        var reply = AnswerMessage.From(result);
        stream?.Finish(reply);
        return reply;
    }

    private async Task<CardActionResult> FeedbackAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        if (CardAction.TryRead(turn.Data, turn.Verb) is not { } action)
        {
            return CardActionResult.Error(CardAction.NotUnderstood);
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var answer = kb.Ask(action.Question!);
        await feedback.AddAsync(new FeedbackEntry(answer.Question, action.Helpful!.Value, answer.Answered, turn.Who.ConversationType, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var thanks = action.Helpful.Value
            ? "Thanks, glad it helped."
            : "Thanks for telling me. The Communications team reviews answers that didn't help; use \"Ask a person\" if you need an answer now.";
        var card = PolicyCards.Answer(CardMapper.ToCard(answer with { ReviewNote = action.ReviewNoteShown ? answer.ReviewNote : null }) with { FeedbackThanks = thanks, AnswerInMessage = action.AnswerInMessage });
        return new CardActionResult(card, null, thanks);
    }

    private async Task<CardActionResult> ShowSectionAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        if (CardAction.TryRead(turn.Data, turn.Verb) is not { } action)
        {
            return CardActionResult.Error(CardAction.NotUnderstood);
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var document = kb.FindPolicy(action.PolicyId!);
        if (document is null)
        {
            return CardActionResult.Error("I don't have that policy any more. Please ask your question again.");
        }

        if (action.SectionId == Slug.Of(PassageBuilder.DocumentDetails))
        {
            return new CardActionResult(null, PolicyCards.Section(CardMapper.DetailsCard(kb, document)), "Here are the policy's details.");
        }

        var section = document.FindSection(action.SectionId!);
        if (section is null)
        {
            return CardActionResult.Error("That section is no longer in the policy; it may have been updated. Please ask your question again.");
        }

        var card = CardMapper.ToCard(kb, document, section);
        card = card with { ReviewNote = card.ReviewNote is null ? null : await notices.NoteAsync(ConversationOf(turn.Context), kb, [document.Id], cancellationToken).ConfigureAwait(false) };
        return new CardActionResult(null, PolicyCards.Section(card), $"Here is \"{section.Title}\" in full.");
    }

    private static string? ConversationOf(ITurnContext turnContext) => turnContext.Activity.Conversation?.Id;
}

using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Insights;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Posting;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Dialogs.Answers;

/// <summary>PolicyBot's replies: answers, the greeting, and what each card button does.</summary>
public sealed class PolicyConversation(
    KnowledgeProvider knowledge,
    FeedbackStore feedback,
    PostCheckDialog postCheck,
    IOptions<WelcomeSettings> welcome,
    TimeProvider time,
    PolicyAnswers answers,
    QuestionLog questions)
{
    // Writing a post for someone would put words in their mouth that the policy then holds them to; checking
    // theirs is what the bot can do.
    private const string WritingDeclined = "I don't write posts, but I can check one you've written against the policy. Paste it below.";

    /// <summary>Replies to a message: the greeting, a post check, or an answer from the policies.</summary>
    public async Task<IMessageActivity> RespondAsync(string text, Speaker who, CancellationToken cancellationToken, IAnswerProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(who);
        if (MessageIntent.IsGreeting(text))
        {
            return await WelcomeAsync(who.Shared, cancellationToken).ConfigureAwait(false);
        }

        if (PostCheckRequest.TryParse(text, out var draft))
        {
            if (draft is { Length: > PostChecker.MaxDraftLength })
            {
                return MessageFactory.Text($"That draft is {draft.Length} characters; I can check up to {PostChecker.MaxDraftLength}. Try the part you're unsure about.");
            }

            var card = draft is null
                ? await postCheck.PromptAsync(who, null, cancellationToken).ConfigureAwait(false)
                : await postCheck.StartAsync(who, draft, forEveryone: true, cancellationToken).ConfigureAwait(false);
            return CardMessage(card, "Can I post this?");
        }

        if (MessageIntent.IsWritingRequest(text))
        {
            var card = await postCheck.OfferAsync(who, WritingDeclined, cancellationToken).ConfigureAwait(false);
            return CardMessage(card, WritingDeclined);
        }

        var result = await answers.AnswerAsync(text, progress, cancellationToken).ConfigureAwait(false);
        var answer = result.Answer;

        // Kept, without who asked, so the Communications team sees what staff ask and what went unanswered.
        questions.Record(new AskedQuestion(answer.Question, answer.Answered, answer.Citations.Count > 0 ? answer.Citations[0].Section : null, who.ConversationType, time.GetUtcNow()));
        return AnswerMessage.From(result);
    }

    public async Task<IMessageActivity> WelcomeAsync(bool inChannel, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<string> examples = welcome.Value.Examples.Count > 0 ? welcome.Value.Examples : WelcomeSettings.DefaultExamples;
        var names = string.Join(" and ", kb.Documents.Select(d => "the " + d.Title));
        var card = PolicyCards.Welcome(new WelcomeCardData(names, examples.Take(CardLimits.MaxPrimaryActions - 1).Select(e => new ExampleQuestion(e)).ToList(), inChannel));
        return CardMessage(card, $"Hi, I'm PolicyBot. Ask me about {names}.");
    }

    /// <summary>Carries out a card button's action; bad or stale data gets an error card, never an exception.</summary>
    public async Task<CardActionResult> HandleAsync(JToken? data, string? verb, Speaker who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var name = verb ?? (data as JObject)?["action"]?.Value<string>();
        if (PostCheckAction.Handles(name))
        {
            return data is JObject values && PostCheckAction.TryRead(values, name!) is { } step
                ? await postCheck.HandleAsync(step, who, cancellationToken).ConfigureAwait(false)
                : Error("That button didn't carry what I need. Start a new check with \"can I post this?\".");
        }

        var action = CardAction.TryRead(data, verb);
        if (action is null)
        {
            return Error("That button didn't carry what I need. Please ask your question again.");
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        return action.Name switch
        {
            CardAction.Feedback => await FeedbackAsync(kb, action, who.ConversationType, cancellationToken).ConfigureAwait(false),
            CardAction.ShowSection => ShowSection(kb, action),
            _ => AskPerson(kb, action),
        };
    }

    public static IMessageActivity CardMessage(JsonObject card, string summary)
    {
        ArgumentNullException.ThrowIfNull(card);

        // The SDK writes the activity with Newtonsoft; handing it the card's JSON text as a raw token writes it
        // as it is, instead of parsing it into a second object tree first (a tenth of a turn's CPU).
        var message = MessageFactory.Attachment(new Attachment(PolicyCards.ContentType, content: new JRaw(card.ToJsonString())));
        message.Summary = summary;
        return message;
    }

    private async Task<CardActionResult> FeedbackAsync(PolicyKnowledgeBase kb, CardAction action, string conversationType, CancellationToken cancellationToken)
    {
        var answer = kb.Ask(action.Question!);
        await feedback.AddAsync(new FeedbackEntry(answer.Question, action.Helpful!.Value, answer.Answered, conversationType, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var thanks = action.Helpful.Value
            ? "Thanks, glad it helped."
            : "Thanks for telling me. The Communications team reviews answers that didn't help; use \"Ask a person\" if you need an answer now.";
        var card = PolicyCards.Answer(CardMapper.ToCard(answer) with { FeedbackThanks = thanks, AnswerInMessage = action.AnswerInMessage });
        return new CardActionResult(card, null, thanks);
    }

    private static CardActionResult ShowSection(PolicyKnowledgeBase kb, CardAction action)
    {
        var document = kb.FindPolicy(action.PolicyId!);
        if (document is null)
        {
            return Error("I don't have that policy any more. Please ask your question again.");
        }

        if (action.SectionId == Slug.Of(PassageBuilder.DocumentDetails))
        {
            return new CardActionResult(null, PolicyCards.Section(CardMapper.DetailsCard(kb, document)), "Here are the policy's details.");
        }

        var section = document.FindSection(action.SectionId!);
        return section is null
            ? Error("That section is no longer in the policy; it may have been updated. Please ask your question again.")
            : new CardActionResult(null, PolicyCards.Section(CardMapper.ToCard(kb, document, section)), $"Here is \"{section.Title}\" in full.");
    }

    private static CardActionResult AskPerson(PolicyKnowledgeBase kb, CardAction action)
    {
        if (!kb.Routing.RouteIds.Contains(action.To!))
        {
            return Error("I don't know who that button meant. Please ask your question again.");
        }

        var handoff = kb.Routing.Get(action.To!);
        var card = PolicyCards.Handoff(CardMapper.ToCard(handoff, action.Question!));
        return new CardActionResult(null, card, $"Ask {handoff.Name}.");
    }

    private static CardActionResult Error(string text) =>
        new(PolicyCards.Notice(new NoticeCardData("Sorry, that didn't work", text, "Attention")), null, text);
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>"Can I post this?" in chat (with or without the draft), a request to write a post, and the check's card buttons.</summary>
internal sealed class PostCheckTurns(PostCheckDialog dialog) : ITurnRoutes
{
    // Writing a post for someone would put words in their mouth that the policy then holds them to; checking
    // theirs is what the bot can do.
    private const string WritingDeclined = "I don't write posts, but I can check one you've written against the policy. Paste it below.";

    private const string NotUnderstood = "That button didn't carry what I need. Start a new check with \"can I post this?\".";

    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Message("postCheck.request", MessageRouteKind.Command, text => PostCheckRequest.TryParse(text, out _), RequestAsync)
            .Message("postCheck.writing", MessageRouteKind.Intent, WritingRequest.Recognizes, OfferAsync);
        foreach (var verb in PostCheckAction.Verbs)
        {
            routes.CardAction(verb, ActAsync);
        }
    }

    private async Task<IMessageActivity> RequestAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var draft = PostCheckRequest.TryParse(turn.Text, out var given) ? given : null;
        if (draft is { Length: > PostChecker.MaxDraftLength })
        {
            return MessageFactory.Text($"That draft is {draft.Length} characters; I can check up to {PostChecker.MaxDraftLength}. Try the part you're unsure about.");
        }

        var card = draft is null
            ? await dialog.PromptAsync(turn.Who, null, cancellationToken).ConfigureAwait(false)
            : await dialog.StartAsync(turn.Who, draft, forEveryone: true, cancellationToken).ConfigureAwait(false);
        return Replies.Card(card, "Can I post this?");
    }

    private async Task<IMessageActivity> OfferAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var card = await dialog.OfferAsync(turn.Who, WritingDeclined, cancellationToken).ConfigureAwait(false);
        return Replies.Card(card, WritingDeclined);
    }

    private async Task<CardActionResult> ActAsync(CardTurn turn, CancellationToken cancellationToken) =>
        turn.Values is { } values && PostCheckAction.TryRead(values, turn.Verb) is { } step
            ? await dialog.HandleAsync(step, turn.Who, cancellationToken).ConfigureAwait(false)
            : CardActionResult.Error(NotUnderstood);
}

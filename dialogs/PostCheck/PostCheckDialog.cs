using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>
/// The "can I post this?" conversation: a prompt for a draft, one card per open question, and the verdict.
/// Every answer replaces the card in place; the state lives in the store, so the owner can pick up after a
/// restart, and in shared conversations everyone but the owner sees only that a check is going on.
/// </summary>
public sealed class PostCheckDialog(KnowledgeProvider knowledge, PostCheckStore store, TimeProvider time, DraftJudgments? judgments = null, ReviewNotices? notices = null)
{
    private const string StartAgain = "That check has expired or is no longer available. Start a new one here.";

    /// <summary>The card that asks for a draft; <paramref name="notice"/> explains why it is shown, if need be.</summary>
    public Task<JsonObject> PromptAsync(Speaker who, string? notice, CancellationToken cancellationToken) =>
        PromptAsync(who, notice, lead: null, cancellationToken);

    /// <summary>The prompt card, opening with <paramref name="lead"/>: why a check is offered when none was asked for.</summary>
    public Task<JsonObject> OfferAsync(Speaker who, string lead, CancellationToken cancellationToken) =>
        PromptAsync(who, notice: null, lead, cancellationToken);

    private async Task<JsonObject> PromptAsync(Speaker who, string? notice, string? lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var policy = Checker(kb).Flow.Clear.Citation.Policy;
        return PolicyCards.PostCheckPrompt(new PostCheckPromptCardData(policy, PostChecker.MaxDraftLength, who.Shared, notice, lead));
    }

    /// <summary>Starts a check, on a draft or on questions alone, and returns the card to show.</summary>
    public async Task<JsonObject> StartAsync(Speaker who, string? draft, bool forEveryone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var checker = Checker(await knowledge.GetAsync(cancellationToken).ConfigureAwait(false));
        var signals = draft is null ? [] : checker.Lexicon.Detect(draft);

        // Without a draft nothing is settled: "no signals" means "no text", not "nothing risky".
        var settled = draft is null ? new Dictionary<string, string>() : checker.Settle(signals);
        var state = new PostCheckState(PostCheckAction.NewFlowId(), who.UserId, who.UserName, who.Shared, draft, signals, settled, [], time.GetUtcNow(), who.ConversationId);
        state = await store.SaveAsync(state, cancellationToken).ConfigureAwait(false);

        // A card posted into a shared conversation is seen by all; its owner's view arrives by refresh.
        return forEveryone && who.Shared ? PolicyCards.PostCheckShared(PostCheckCards.Shared(state)) : await ViewAsync(state, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CardActionResult> HandleAsync(PostCheckAction action, Speaker who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(who);
        switch (action.Name)
        {
            case PostCheckAction.Prompt:
                return new CardActionResult(await PromptAsync(who, null, cancellationToken).ConfigureAwait(false), null, "Can I post this?");
            case PostCheckAction.Start:
                return new CardActionResult(await StartAsync(who, action.Draft, forEveryone: false, cancellationToken).ConfigureAwait(false), null, "Checking your post.");
        }

        var state = await store.FindAsync(action.FlowId!, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return new CardActionResult(await PromptAsync(who, StartAgain, cancellationToken).ConfigureAwait(false), null, StartAgain);
        }

        if (state.OwnerId != who.UserId)
        {
            // Someone else's check: they get the view everyone else has, and nothing changes.
            return new CardActionResult(PolicyCards.PostCheckShared(PostCheckCards.Shared(state)), null, $"That check belongs to {state.OwnerName}.");
        }

        return action.Name switch
        {
            PostCheckAction.Answer => await AnswerAsync(state, action, cancellationToken).ConfigureAwait(false),
            PostCheckAction.Back => await BackAsync(state, action, cancellationToken).ConfigureAwait(false),
            PostCheckAction.Restart => Shown(await ViewAsync(await store.SaveAsync(state with { Answers = [] }, cancellationToken).ConfigureAwait(false), null, cancellationToken).ConfigureAwait(false)),
            _ => Shown(await ViewAsync(state, null, cancellationToken).ConfigureAwait(false)),
        };
    }

    private async Task<CardActionResult> AnswerAsync(PostCheckState state, PostCheckAction action, CancellationToken cancellationToken)
    {
        var checker = Checker(await knowledge.GetAsync(cancellationToken).ConfigureAwait(false));
        var waiting = checker.Flow.Walk(state.AllAnswers()).Waiting;

        // A second click on a card already answered, or a click on an old card: show where the check is now.
        if (waiting is null || waiting.Id != action.QuestionId || action.Step != state.Answers.Count)
        {
            return Shown(await ViewAsync(state, null, cancellationToken).ConfigureAwait(false));
        }

        if (waiting.Answer(action.AnswerId!) is null)
        {
            return CardActionResult.Error("That answer isn't one of the choices. Pick one of the options on the card.");
        }

        var saved = await store.SaveAsync(state with { Answers = [.. state.Answers, new GivenAnswer(waiting.Id, action.AnswerId!)] }, cancellationToken).ConfigureAwait(false);
        return Shown(await ViewAsync(saved, null, cancellationToken).ConfigureAwait(false));
    }

    private async Task<CardActionResult> BackAsync(PostCheckState state, PostCheckAction action, CancellationToken cancellationToken)
    {
        if (state.Answers.Count == 0 || action.Step != state.Answers.Count)
        {
            return Shown(await ViewAsync(state, null, cancellationToken).ConfigureAwait(false));
        }

        var last = state.Answers[^1];
        var saved = await store.SaveAsync(state with { Answers = state.Answers.Take(state.Answers.Count - 1).ToList() }, cancellationToken).ConfigureAwait(false);
        return Shown(await ViewAsync(saved, last.AnswerId, cancellationToken).ConfigureAwait(false));
    }

    private async Task<JsonObject> ViewAsync(PostCheckState state, string? selected, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var checker = Checker(kb);
        var position = checker.Flow.Walk(state.AllAnswers());
        if (!position.Finished)
        {
            return PolicyCards.PostCheckQuestion(PostCheckCards.Question(state, position, selected));
        }

        var result = checker.Result(position.Steps, state.Signals, []);
        var policyId = checker.Flow.Clear.Citation.PolicyId;
        var judgment = judgments is null ? null : await judgments.ForAsync(kb, state.Draft, result, cancellationToken).ConfigureAwait(false);
        var note = await ReviewNoteAsync(kb, state, policyId, cancellationToken).ConfigureAwait(false);
        return PolicyCards.PostCheckVerdict(PostCheckCards.Verdict(state, result, kb.Routing.Get("manager"), note) with { ModelJudgment = judgment });
    }

    // The review note goes once per conversation (as on answers): decided when the verdict is first drawn and kept
    // with the check, so a refresh or a step back and forward redraws the same card rather than dropping the note.
    private async Task<string?> ReviewNoteAsync(PolicyKnowledgeBase kb, PostCheckState state, string policyId, CancellationToken cancellationToken)
    {
        if (notices is null)
        {
            return kb.ReviewNote(policyId);
        }

        if (state.ReviewNoteDecided)
        {
            return state.ReviewNote;
        }

        var note = await notices.NoteAsync(state.ConversationId, kb, [policyId], cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(state with { ReviewNoteDecided = true, ReviewNote = note }, cancellationToken).ConfigureAwait(false);
        return note;
    }

    private static CardActionResult Shown(JsonObject card) => new(card, null, "Can I post this?");

    private static PostChecker Checker(PolicyKnowledgeBase kb) =>
        kb.PostCheck ?? throw new InvalidOperationException($"The knowledge folder has no {PolicyKnowledgeBase.PostCheckFile}.");
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Graph;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Takes questions to people: the confirmation card, then the escalation and its outbound effects.</summary>
internal sealed class EscalationIntake(KnowledgeProvider knowledge, Destinations destinations, IEscalationStore store, ConversationReferenceStore references, IManagerDirectory managers, IOptions<MailSettings> mail, TimeProvider time, ILogger<EscalationIntake> logger)
{
    /// <summary>The confirmation card for a question, routed by the button's route or by the question's words; null for a route nobody has.</summary>
    public async Task<JsonObject?> ConfirmAsync(string? to, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        if (to is not null && !kb.Routing.RouteIds.Contains(to))
        {
            return null;
        }

        var prefilled = question.Length == 0 ? string.Empty : question + EscalationContext.Describe(kb.Ask(question));
        if (prefilled.Length > EscalationConfirmCardData.MaxQuestionLength)
        {
            prefilled = prefilled[..EscalationConfirmCardData.MaxQuestionLength];
        }

        return await CardAsync(kb, to ?? kb.Routing.Route(question, null).To, prefilled, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the escalation once per source key, with its email or ticket card in the same transaction.</summary>
    public async Task<CardActionResult> SubmitAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        if (!kb.Routing.RouteIds.Contains(request.Route) || request.Question.Trim().Length == 0 || request.Question.Length > EscalationConfirmCardData.MaxQuestionLength)
        {
            return CardActionResult.Error("That form didn't carry a question and a destination I know. Please ask again.");
        }

        var route = kb.Routing.Get(request.Route);
        var destination = await destinations.OfAsync(kb, route.To, cancellationToken).ConfigureAwait(false);
        if (destination is null)
        {
            // The route lost its channel and mailbox since the card was drawn: the form comes back with the
            // person's own words, pointed at a route that can take them, rather than an error that drops them.
            var card = await CardAsync(kb, route.To, request.Question, cancellationToken).ConfigureAwait(false);
            return new CardActionResult(card, null, $"{Capitalise(route.InSentence)} can't take questions through PolicyBot yet.");
        }

        // With Graph the manager is known: the question goes to them (in Teams if they use PolicyBot, else by email).
        var manager = destination == Destinations.Manager && request.Requester.AadObjectId is { } objectId
            ? await managers.FindManagerAsync(objectId, cancellationToken).ConfigureAwait(false)
            : null;
        var managerChat = manager is null ? null : await references.GetAsync(EscalationQueues.DirectoryKey(manager.Id), cancellationToken).ConfigureAwait(false);
        if (manager is not null && managerChat is null && string.IsNullOrEmpty(manager.Mail))
        {
            manager = null;
        }

        var now = time.GetUtcNow();
        var draft = new Escalation(0, request.SourceKey, route.To, destination, request.Question.Trim(), route.Reason, request.Requester.UserId, request.Requester.UserName, request.Confidential, destination == Destinations.Manager ? EscalationStatus.HandedOff : EscalationStatus.Unassigned, null, null, now, now, 0, null, null);
        // The history is read by operators too: a confidential requester is not named there either.
        var actor = request.Confidential ? "the requester (confidential)" : request.Requester.UserName;
        var (escalation, created) = await store.CreateAsync(draft, actor, e => manager is null ? Effects(e, route) : ManagerHandoff.Effects(e, manager, managerChat is not null, mail.Value.ReplyTo), cancellationToken).ConfigureAwait(false);
        if (created)
        {
            Log.EscalationCreated(logger, escalation.Id, escalation.Route, escalation.Destination);
        }

        return destination != Destinations.Manager ? Notices.Sent(escalation, route)
            : manager is null ? ManagerHandoff.Card(escalation, route)
            : ManagerHandoff.Sent(escalation, manager, managerChat is not null);
    }

    private List<OutboxDraft> Effects(Escalation escalation, Handoff route)
    {
        if (EscalationQueues.QueueOf(escalation.Destination) is not null)
        {
            return [TeamsPayload.Ticket(escalation.Id)];
        }

        if (Destinations.IsMail(escalation.Destination))
        {
            var body = string.Create(CultureInfo.InvariantCulture, $"""
                A staff member asked PolicyBot for a person. Reply to this email or in Teams; quote {escalation.Reference}.

                From: {MailText.Line(escalation.RequesterShown)}
                Goes to: {route.Name} ({route.Reason})

                {MailText.Quoted(escalation.Question)}
                """);
            var messageId = $"{escalation.Reference.ToLowerInvariant()}.{escalation.CreatedAt.ToUnixTimeMilliseconds()}@policybot";
            var email = new EmailPayload(Destinations.MailboxOf(escalation.Destination), $"[{escalation.Reference}] Social media policy question for the {route.Name}", body, mail.Value.ReplyTo, messageId);
            return [new OutboxDraft(EmailPayload.Kind, email.ToJson())];
        }

        return [];
    }

    // Only routes that can take questions now are offered; one that cannot is replaced by its "otherwise" route, saying so.
    private async Task<JsonObject> CardAsync(PolicyBot.Knowledge.PolicyKnowledgeBase kb, string routeId, string question, CancellationToken cancellationToken)
    {
        var offer = await destinations.OfferAsync(kb, routeId, cancellationToken).ConfigureAwait(false);
        var open = await destinations.OpenAsync(kb, cancellationToken).ConfigureAwait(false);
        var routes = (open.Count > 0 ? open : [offer.Route.To]).Select(id => kb.Routing.Get(id)).Select(h => new RouteChoiceCardData(Capitalise(h.Name), h.To)).ToList();
        var route = offer.Route;
        var instead = offer.InsteadOf is null ? string.Empty : $"{Capitalise(offer.InsteadOf.InSentence)} can't take questions through PolicyBot yet, so this goes to {route.InSentence} instead. ";
        return PolicyCards.EscalationConfirm(new EscalationConfirmCardData(route.To, route.Name, route.Reason, route.Source, question, routes, instead + Where(route, offer.Destination)));
    }

    private static string Where(Handoff route, string? destination) => destination switch
    {
        Destinations.Manager => "I'll prepare a message for you to send your manager in a Teams chat.",
        null => $"{Capitalise(route.InSentence)} can't take questions through PolicyBot yet.",
        var d when Destinations.IsMail(d) => $"It goes by email to {Destinations.MailboxOf(d)} with a ticket number; I'll tell you here when it's sent.",
        _ => $"It goes to {route.InSentence}'s queue in Teams; you'll get their answer here in this chat.",
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>What the queue's ticket card buttons do: claim, assign, answer, close and reopen.</summary>
internal sealed class TicketDesk(KnowledgeProvider knowledge, IEscalationStore store, ConversationReferenceStore references, IOptions<EscalationSettings> settings, TimeProvider time, ILogger<TicketDesk> logger)
{
    private const int MaxTextLength = 3000;

    /// <summary>The one answer to a ticket that does not exist and to one the person's team cannot act on.</summary>
    public const string NotYours = "I can't find that ticket, or it isn't one your team can act on.";

    public async Task<CardActionResult> ActAsync(string verb, JObject data, TicketActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(actor);
        var id = data["escalationId"]?.Type is JTokenType.Integer or JTokenType.String && long.TryParse(data["escalationId"]!.ToString(), out var parsed) ? parsed : 0;
        var escalation = id > 0 ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;

        // Only people in the registered team's channel can click its cards; Teams signs the activity saying where
        // the click came from, so a forwarded card or another team's channel is refused. Ids are sequential, so an
        // unknown id and another team's ticket get the same answer: nothing tells a stranger which ids exist.
        var queue = escalation is null ? null : EscalationQueues.QueueOf(escalation.Destination);
        var teamId = queue is null ? null : await references.GetAsync(EscalationQueues.TeamKey(queue), cancellationToken).ConfigureAwait(false);
        if (escalation is null || teamId is null || actor.TeamId != teamId)
        {
            Log.TicketActionRefused(logger, LogValue.Of(verb));
            return CardActionResult.Error(NotYours);
        }

        var input = Text(data, verb == TicketVerbs.Answer ? "answer" : "assignee");
        var changed = Apply(escalation, verb, actor, input);
        if (changed is null)
        {
            return new CardActionResult(await RenderAsync(escalation, NotAllowed(escalation, verb, input), cancellationToken).ConfigureAwait(false), null, "Nothing changed.");
        }

        var happened = new EscalationEvent(escalation.Id, time.GetUtcNow(), actor.Name, verb["ticket.".Length..], changed.Assignee);
        var effects = new List<OutboxDraft> { TeamsPayload.Ticket(escalation.Id), Tell(changed) };
        if (!await store.UpdateAsync(changed, happened, effects, cancellationToken).ConfigureAwait(false))
        {
            var current = await store.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? escalation;
            return new CardActionResult(await RenderAsync(current, "Someone changed this ticket at the same moment; here it is now.", cancellationToken).ConfigureAwait(false), null, "Changed by someone else.");
        }

        var saved = changed with { Version = changed.Version + 1 };
        return new CardActionResult(await RenderAsync(saved, null, cancellationToken).ConfigureAwait(false), null, $"{saved.Reference} is {saved.Status}.");
    }

    private static Escalation? Apply(Escalation e, string verb, TicketActor actor, string? input) => verb switch
    {
        TicketVerbs.Claim when e.Status is EscalationStatus.Unassigned => e with { Status = EscalationStatus.Assigned, Assignee = actor.Name },
        TicketVerbs.Assign when e.Status is EscalationStatus.Unassigned or EscalationStatus.Assigned && input is not null => e with { Status = EscalationStatus.Assigned, Assignee = input },
        TicketVerbs.Answer when e.Status is EscalationStatus.Unassigned or EscalationStatus.Assigned && input is not null => e with { Status = EscalationStatus.Answered, Answer = input, Assignee = e.Assignee ?? actor.Name },
        TicketVerbs.Close when e.Status is EscalationStatus.Answered => e with { Status = EscalationStatus.Closed },
        TicketVerbs.Reopen when e.Status is EscalationStatus.Answered or EscalationStatus.Closed => e with { Status = EscalationStatus.Assigned },
        _ => null,
    };

    private static string NotAllowed(Escalation e, string verb, string? input) =>
        input is null && verb is TicketVerbs.Assign or TicketVerbs.Answer
            ? $"Type {(verb == TicketVerbs.Answer ? "the answer" : "a name")} first."
            : $"That can't be done while the ticket is {e.Status}.";

    /// <summary>The requester hears of every change in their personal chat; the answer itself comes as a card.</summary>
    private static OutboxDraft Tell(Escalation e)
    {
        var key = EscalationQueues.UserKey(e.RequesterId);
        return e.Status switch
        {
            EscalationStatus.Answered => TeamsPayload.Send(key, $"Your question {e.Reference} has been answered.", PolicyCards.Notice(new NoticeCardData($"Answer to your question ({e.Reference})", e.Answer!, "Good")).ToJsonString()),
            EscalationStatus.Assigned => TeamsPayload.Send(key, $"{e.Assignee} is looking at your question {e.Reference}.", null),
            EscalationStatus.Closed => TeamsPayload.Send(key, $"Your question {e.Reference} has been closed.", null),
            _ => TeamsPayload.Send(key, $"Your question {e.Reference} is now {e.Status}.", null),
        };
    }

    private async Task<System.Text.Json.Nodes.JsonObject> RenderAsync(Escalation e, string? notice, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        return TicketCards.Render(e, kb.Routing.Get(e.Route).Name, TimeZoneInfo.FindSystemTimeZoneById(settings.Value.TimeZone), notice);
    }

    private static string? Text(JObject data, string key) =>
        data[key]?.Type == JTokenType.String && data.Value<string>(key)!.Trim() is { Length: > 0 and <= MaxTextLength } text ? text : null;
}

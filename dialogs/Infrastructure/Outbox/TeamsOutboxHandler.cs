using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>Delivers Teams effects proactively: messages to a stored conversation, and ticket cards posted then updated in place.</summary>
internal sealed class TeamsOutboxHandler(CloudAdapterBase adapter, IEscalationStore store, ConversationReferenceStore references, DeliveryPauses pauses, KnowledgeProvider knowledge, IOptions<BotIdentity> identity, IOptions<EscalationSettings> settings, TimeProvider time) : IOutboxHandler
{
    /// <summary>Said on a ticket card posted again after an attempt was cut off, which Teams may have shown already.</summary>
    public const string RepostNotice = "PolicyBot was interrupted while posting this ticket. If it shows twice, use this card: it is the one kept up to date.";

    public IReadOnlyCollection<string> Kinds { get; } = [TeamsPayload.SendKind, TeamsPayload.TicketKind];

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = TeamsPayload.FromJson(message.Payload);
        if (message.Kind == TeamsPayload.SendKind)
        {
            var reference = await ReferenceAsync(payload.ReferenceKey!, cancellationToken).ConfigureAwait(false);
            var activity = payload.Card is null
                ? MessageFactory.Text(payload.Text)
                : Replies.Card(System.Text.Json.Nodes.JsonNode.Parse(payload.Card)!.AsObject(), payload.Text ?? string.Empty);
            await ContinueAsync(reference, turn => turn.SendActivityAsync(activity, cancellationToken), cancellationToken).ConfigureAwait(false);
            return;
        }

        var escalation = await store.GetAsync(payload.EscalationId!.Value, cancellationToken).ConfigureAwait(false)
            ?? throw new OutboxDeliveryException("The escalation is gone.", retryable: false, retryAfter: null);
        var queue = EscalationQueues.QueueOf(escalation.Destination)
            ?? throw new OutboxDeliveryException("The escalation has no queue channel.", retryable: false, retryAfter: null);
        var channel = await ReferenceAsync(EscalationQueues.ReferenceKey(queue), cancellationToken).ConfigureAwait(false);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var posting = escalation.TicketActivityId is null;
        var notice = posting && message.Interrupted ? string.Join(" ", new[] { payload.Notice, RepostNotice }.OfType<string>()) : payload.Notice;
        var card = TicketCards.Render(escalation, kb.Routing.Get(escalation.Route).Name, TimeZoneInfo.FindSystemTimeZoneById(settings.Value.TimeZone), notice);
        var ticket = Replies.Card(card, $"{escalation.Reference}: {escalation.Status}");
        if (posting)
        {
            // Posted at least once. This message is the only one of its ticket under way (one ordering key), and its
            // lease is kept while it runs, so nothing else posts the card before its id is saved. What remains is a
            // crash between Teams taking the post and the save just below: the card then goes again, with RepostNotice.
            ResourceResponse? posted = null;
            await ContinueAsync(channel, async turn => posted = await turn.SendActivityAsync(ticket, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (posted?.Id is { } id)
            {
                await Persist.WithRetriesAsync(token => store.SetTicketActivityAsync(escalation.Id, id, token), time, CancellationToken.None).ConfigureAwait(false);
            }

            return;
        }

        ticket.Id = escalation.TicketActivityId;
        await ContinueAsync(channel, turn => turn.UpdateActivityAsync(ticket, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConversationReference> ReferenceAsync(string key, CancellationToken cancellationToken)
    {
        var json = await references.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (json is not null)
        {
            return JsonConvert.DeserializeObject<ConversationReference>(json)!;
        }

        var origin = await references.GetAsync(EscalationQueues.OriginKey(key), cancellationToken).ConfigureAwait(false)
            ?? throw new OutboxDeliveryException($"No conversation stored for {key}.", retryable: true, retryAfter: null);
        var personal = await OpenPersonalChatAsync(JsonConvert.DeserializeObject<ConversationReference>(origin)!, cancellationToken).ConfigureAwait(false);
        await references.SaveAsync(key, JsonConvert.SerializeObject(personal), cancellationToken).ConfigureAwait(false);
        return personal;
    }

    // Someone who asked from a channel has no personal chat with the bot yet: open one with them, in the
    // same tenant, so status changes and the answer reach them privately.
    private async Task<ConversationReference> OpenPersonalChatAsync(ConversationReference origin, CancellationToken cancellationToken)
    {
        var tenantId = origin.Conversation?.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = origin.Bot,
            Members = [origin.User],
            TenantId = tenantId,
            ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = tenantId } },
        };
        ConversationReference? personal = null;
        var scope = await WaitForPauseAsync(origin.ServiceUrl, cancellationToken).ConfigureAwait(false);
        try
        {
            await adapter.CreateConversationAsync(identity.Value.MicrosoftAppId, origin.ChannelId, origin.ServiceUrl, null, parameters, (turn, _) =>
            {
                personal = turn.Activity.GetConversationReference();
                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException or IOException)
        {
            throw await PauseOnThrottleAsync(scope, Classify(ex), cancellationToken).ConfigureAwait(false);
        }

        return personal ?? throw new OutboxDeliveryException("Teams did not open a personal chat.", retryable: true, retryAfter: null);
    }

    private async Task ContinueAsync(ConversationReference reference, Func<ITurnContext, Task> send, CancellationToken cancellationToken)
    {
        var scope = await WaitForPauseAsync(reference.ServiceUrl, cancellationToken).ConfigureAwait(false);

        // The adapter hands errors in a proactive turn to OnTurnError, which would apologise to the channel;
        // catch them inside the turn instead and decide here whether to retry.
        Exception? failure = null;
        await adapter.ContinueConversationAsync(identity.Value.MicrosoftAppId, reference, async (turn, _) =>
        {
            try
            {
                await send(turn).ConfigureAwait(false);
            }
            catch (Exception caught) when (caught is not OperationCanceledException)
            {
                failure = caught;
            }
        }, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            throw await PauseOnThrottleAsync(scope, Classify(failure), cancellationToken).ConfigureAwait(false);
        }
    }

    // Teams throttles per bot, so a 429 to one conversation stops this instance and every other sending to the
    // service until Retry-After has passed; messages that find the pause are put back untried.
    private async Task<string> WaitForPauseAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        var scope = "teams:" + serviceUrl.TrimEnd('/').ToLowerInvariant();
        if (await pauses.UntilAsync(scope, time.GetUtcNow(), cancellationToken).ConfigureAwait(false) is { } until)
        {
            throw OutboxDeliveryException.Paused(until);
        }

        return scope;
    }

    private async Task<OutboxDeliveryException> PauseOnThrottleAsync(string scope, OutboxDeliveryException failure, CancellationToken cancellationToken)
    {
        if (failure.InnerException is ErrorResponseException { Response.StatusCode: HttpStatusCode.TooManyRequests } && failure.RetryAfter is { } wait)
        {
            await pauses.PauseAsync(scope, time.GetUtcNow() + wait, cancellationToken).ConfigureAwait(false);
        }

        return failure;
    }

    private static OutboxDeliveryException Classify(Exception failure)
    {
        if (failure is ErrorResponseException { Response: { } response })
        {
            var status = response.StatusCode;
            var retryAfter = response.Headers.TryGetValue("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds) ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            var retryable = status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.InternalServerError;
            return new OutboxDeliveryException($"Teams answered {(int)status}.", retryable, retryAfter, failure);
        }

        return new OutboxDeliveryException("Teams could not be reached.", retryable: failure is HttpRequestException or TaskCanceledException or IOException, retryAfter: null, failure);
    }
}

using System.Globalization;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// When the outbox gives up on a ticket card, an email or a notice of an escalation, the escalation says so: a
/// history line ("undelivered", with what and why), the Communications report lists it until it is retried
/// (<c>escalations retry</c>), and the requester is told in their chat that their question is kept but has not
/// reached anyone yet, unless the notice that failed was to them.
/// </summary>
internal sealed class UndeliveredEscalations(IEscalationStore store, EscalationDeliveries deliveries, KnowledgeProvider knowledge, QueueDirectory queues) : IUndeliverable
{
    public async Task GiveUpAsync(OutboxMessage message, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var escalation = await store.GetAsync(message.EscalationId!.Value, cancellationToken).ConfigureAwait(false);
        var effects = escalation is null || ToRequester(message, escalation) ? [] : new List<OutboxDraft> { Tell(escalation, await MailboxAsync(escalation, cancellationToken).ConfigureAwait(false)) };
        var happened = new EscalationEvent(message.EscalationId.Value, at, "PolicyBot", "undelivered", $"{EscalationDeliveries.What(message.Kind)}: {reason}");
        await deliveries.GiveUpAsync(message.Id, happened, effects, reason, cancellationToken).ConfigureAwait(false);
    }

    private static bool ToRequester(OutboxMessage message, Escalation escalation)
    {
        if (message.Kind != TeamsPayload.SendKind)
        {
            return false;
        }

        var key = TeamsPayload.FromJson(message.Payload).ReferenceKey;
        var requester = EscalationQueues.UserKey(escalation.RequesterId);
        return key == requester || key == EscalationQueues.OriginKey(requester);
    }

    private static OutboxDraft Tell(Escalation escalation, string? mailbox)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"I haven't been able to deliver your question {escalation.Reference} yet. It is kept, and the people who run PolicyBot can see it and send it again.{(mailbox is not null ? $" If it's urgent, email {mailbox} and quote {escalation.Reference}." : string.Empty)}");
        return TeamsPayload.Send(EscalationQueues.UserKey(escalation.RequesterId), text, null);
    }

    // Where the requester can write meanwhile: the mailbox the question went to, or its queue's mailbox.
    private async Task<string?> MailboxAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        if (Destinations.IsMail(escalation.Destination))
        {
            return Destinations.MailboxOf(escalation.Destination);
        }

        if (EscalationQueues.QueueOf(escalation.Destination) is not { } queue)
        {
            return null;
        }

        var definition = queues.For(await knowledge.GetAsync(cancellationToken).ConfigureAwait(false)).Queue(queue);
        return definition is not null && queues.MailboxOf(definition) is { Length: > 0 } mailbox ? mailbox : null;
    }
}

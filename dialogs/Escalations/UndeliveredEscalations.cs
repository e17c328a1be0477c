using System.Globalization;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// When the outbox gives up on a ticket card, an email or a notice of an escalation, the escalation says so: a
/// history line ("undelivered", with what and why), the Communications report lists it until it is retried
/// (<c>escalations retry</c>), and the requester is told in their chat that their question is kept but has not
/// reached anyone yet, unless the notice that failed was to them.
/// </summary>
public sealed class UndeliveredEscalations(IEscalationStore store, EscalationDeliveries deliveries, IOptions<EscalationSettings> settings) : IUndeliverable
{
    public async Task GiveUpAsync(OutboxMessage message, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var escalation = await store.GetAsync(message.EscalationId!.Value, cancellationToken).ConfigureAwait(false);
        var effects = escalation is null || ToRequester(message, escalation) ? [] : new List<OutboxDraft> { Tell(escalation) };
        var happened = new EscalationEvent(message.EscalationId.Value, at, "PolicyBot", "undelivered", $"{What(message.Kind)}: {reason}");
        await deliveries.GiveUpAsync(message.Id, happened, effects, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How an outbox kind is named to operators and on the report.</summary>
    public static string What(string kind) => kind switch
    {
        TeamsPayload.TicketKind => "ticket card",
        TeamsPayload.SendKind => "Teams message",
        EmailPayload.Kind => "email",
        _ => kind,
    };

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

    private OutboxDraft Tell(Escalation escalation)
    {
        var mailbox = settings.Value.CommunicationsMailbox;
        var text = string.Create(CultureInfo.InvariantCulture, $"I haven't been able to deliver your question {escalation.Reference} yet. It is kept, and the people who run PolicyBot can see it and send it again.{(mailbox.Length > 0 ? $" If it's urgent, email {mailbox} and quote {escalation.Reference}." : string.Empty)}");
        return TeamsPayload.Send(EscalationQueues.UserKey(escalation.RequesterId), text, null);
    }
}

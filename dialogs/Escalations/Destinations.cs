using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Where a route's questions can go right now: its queue's registered channel, else its mailbox; or the person's manager; or nowhere.</summary>
internal sealed class Destinations(QueueDirectory queues, ConversationReferenceStore references)
{
    public const string Manager = RouteDelivery.Manager;

    private const string MailPrefix = "mail:";

    public static bool IsMail(string destination) => destination.StartsWith(MailPrefix, StringComparison.Ordinal);

    public static string MailboxOf(string destination) => destination[MailPrefix.Length..];

    /// <summary>The destination of a route's questions now, or null when its queue has neither a channel nor a mailbox.</summary>
    public async Task<string?> OfAsync(PolicyKnowledgeBase knowledge, string routeId, CancellationToken cancellationToken)
    {
        var routing = queues.For(knowledge);
        var delivery = routing.DeliveryOf(routeId);
        if (delivery.ToManager)
        {
            return Manager;
        }

        if (await references.GetAsync(EscalationQueues.ReferenceKey(delivery.Queue!), cancellationToken).ConfigureAwait(false) is not null)
        {
            return EscalationQueues.ChannelDestination(delivery.Queue!);
        }

        var mailbox = queues.MailboxOf(routing.Queue(delivery.Queue!)!);
        return mailbox.Length > 0 ? MailPrefix + mailbox : null;
    }

    /// <summary>The route asked for, or the first of its "otherwise" routes (then routing.json's default) that can take questions now.</summary>
    public async Task<RouteOffer> OfferAsync(PolicyKnowledgeBase knowledge, string routeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var routing = queues.For(knowledge);
        var asked = knowledge.Routing.Get(routeId);
        foreach (var id in routing.Chain(routeId).Concat(routing.Chain(routing.DefaultRoute)).Distinct(StringComparer.Ordinal))
        {
            if (await OfAsync(knowledge, id, cancellationToken).ConfigureAwait(false) is { } destination)
            {
                return new RouteOffer(knowledge.Routing.Get(id), destination, id == routeId ? null : asked);
            }
        }

        return new RouteOffer(asked, null, null);
    }

    /// <summary>The routes that can take questions now, in routing.json's order: the choices the confirmation card offers.</summary>
    public async Task<IReadOnlyList<string>> OpenAsync(PolicyKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var open = new List<string>();
        foreach (var id in knowledge.Routing.RouteIds)
        {
            if (await OfAsync(knowledge, id, cancellationToken).ConfigureAwait(false) is not null)
            {
                open.Add(id);
            }
        }

        return open;
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// The queues and deliveries of routing.json, read with each load of the knowledge folder (so a reload picks up
/// an edited file, and a route it cannot map fails the load), plus the mailboxes configuration overrides.
/// </summary>
internal sealed class QueueDirectory(IOptions<KnowledgeSettings> knowledge, IOptions<EscalationSettings> settings) : IKnowledgeCheck
{
    private readonly ConditionalWeakTable<PolicyKnowledgeBase, QueueRouting> _loaded = [];

    public void Check(string folder, PolicyKnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var routing = Read(folder, knowledge);
        var unknown = settings.Value.Mailboxes.Keys.FirstOrDefault(id => routing.Queue(id) is null);
        if (unknown is not null)
        {
            throw new InvalidDataException($"Escalations:Mailboxes:{unknown} names no queue of {PolicyKnowledgeBase.RoutingFile} ({string.Join(", ", routing.Queues.Select(q => q.Id))}).");
        }

        _loaded.AddOrUpdate(knowledge, routing);
    }

    /// <summary>The routing read with this knowledge base.</summary>
    public QueueRouting For(PolicyKnowledgeBase loaded) => _loaded.GetValue(loaded, kb => Read(knowledge.Value.ResolveFolder(), kb));

    /// <summary>Where a queue's questions go while it has no channel: the configured mailbox, else routing.json's; empty for none.</summary>
    public string MailboxOf(QueueDefinition queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return settings.Value.Mailboxes.TryGetValue(queue.Id, out var configured) ? configured.Trim() : queue.Mailbox;
    }

    private static QueueRouting Read(string folder, PolicyKnowledgeBase knowledge)
    {
        var path = Path.Combine(folder, PolicyKnowledgeBase.RoutingFile);
        return QueueRouting.Parse(File.ReadAllText(path), knowledge.Routing, path);
    }
}

using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>"@PolicyBot use this channel for escalations [for ...]": an admin makes a channel a queue's, by the words routing.json gives each queue.</summary>
internal sealed partial class ChannelRegistration(KnowledgeProvider knowledge, QueueDirectory queues, ConversationReferenceStore references, IOptions<EscalationSettings> settings)
{
    /// <summary>True when a message asks to register a channel for some queue.</summary>
    public static bool IsRegistration(string text) => Command().IsMatch(text ?? string.Empty);

    /// <summary>Stores the channel's conversation reference and team id for the queue the words name; returns what to reply.</summary>
    public async Task<string> RegisterAsync(string text, string reference, string? teamId, Speaker who, string? aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var admins = settings.Value.Admins;
        if (!admins.Contains(who.UserId) && (aadObjectId is null || !admins.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase)))
        {
            return "Only a PolicyBot admin can choose the escalations channel.";
        }

        if (who.ConversationType != "channel" || string.IsNullOrEmpty(teamId))
        {
            return "Say this in the team channel that should receive escalations.";
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var routing = queues.For(kb);
        var queue = routing.Queues.FirstOrDefault(q => Words(q.Registers) == Words(text));
        if (queue is null)
        {
            return $"I don't know that queue. Say {string.Join(" or ", routing.Queues.Select(q => $"\"{q.Registers}\""))}.";
        }

        await references.SaveAsync(EscalationQueues.ReferenceKey(queue.Id), reference, cancellationToken).ConfigureAwait(false);
        await references.SaveAsync(EscalationQueues.TeamKey(queue.Id), teamId, cancellationToken).ConfigureAwait(false);
        var names = string.Join(" and ", routing.RoutesTo(queue.Id).Select(id => kb.Routing.Get(id).InSentence));
        return $"Done: questions for {names} will come to this channel as ticket cards, and only this team can act on them.";
    }

    /// <summary>True when the conversation is the channel of the queue that sees reports; a thread in it counts as the channel.</summary>
    public async Task<bool> IsReportsChannelAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        return queues.For(kb).Reports is { } reports && await IsChannelOfAsync(reports, conversationId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The queue whose registered channel the conversation is (a thread in it counts as the channel), or null.</summary>
    public async Task<string?> QueueOfChannelAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        foreach (var queue in queues.For(kb).Queues)
        {
            if (await IsChannelOfAsync(queue, conversationId, cancellationToken).ConfigureAwait(false))
            {
                return queue.Id;
            }
        }

        return null;
    }

    private async Task<bool> IsChannelOfAsync(QueueDefinition queue, string? conversationId, CancellationToken cancellationToken)
    {
        var stored = await references.GetAsync(EscalationQueues.ReferenceKey(queue.Id), cancellationToken).ConfigureAwait(false);
        var channel = stored is null ? null : JsonConvert.DeserializeObject<ConversationReference>(stored)?.Conversation?.Id;
        return channel is not null && string.Equals(channel, conversationId?.Split(';')[0], StringComparison.Ordinal);
    }

    private static string Words(string text) => string.Join(' ', text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!');

    [GeneratedRegex(@"^\s*use this channel for escalations\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Command();
}

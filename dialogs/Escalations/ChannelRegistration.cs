using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>"@PolicyBot use this channel for escalations [for integrity]": an admin makes a channel a queue.</summary>
public sealed partial class ChannelRegistration(ConversationReferenceStore references, IOptions<EscalationSettings> settings)
{
    /// <summary>The queue a message asks to register, or null when it is not a registration.</summary>
    public static string? QueueOf(string text)
    {
        var match = Command().Match(text ?? string.Empty);
        return !match.Success ? null : match.Groups["integrity"].Success ? EscalationQueues.Integrity : EscalationQueues.Communications;
    }

    /// <summary>Stores the channel's conversation reference and team id for the queue; returns what to reply.</summary>
    public async Task<string> RegisterAsync(string queue, string reference, string? teamId, Speaker who, string? aadObjectId, CancellationToken cancellationToken)
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

        await references.SaveAsync(EscalationQueues.ReferenceKey(queue), reference, cancellationToken).ConfigureAwait(false);
        await references.SaveAsync(EscalationQueues.TeamKey(queue), teamId, cancellationToken).ConfigureAwait(false);
        return queue == EscalationQueues.Integrity
            ? "Done: Integrity Support Team questions will come to this channel, and only this team can act on them."
            : "Done: questions for the Communications team will come to this channel as ticket cards, and only this team can act on them.";
    }

    /// <summary>True when the conversation is the channel registered for the queue; a thread in it counts as the channel.</summary>
    public async Task<bool> IsQueueChannelAsync(string queue, string? conversationId, CancellationToken cancellationToken)
    {
        var stored = await references.GetAsync(EscalationQueues.ReferenceKey(queue), cancellationToken).ConfigureAwait(false);
        var channel = stored is null ? null : JsonConvert.DeserializeObject<ConversationReference>(stored)?.Conversation?.Id;
        return channel is not null && string.Equals(channel, conversationId?.Split(';')[0], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*use this channel for escalations(?<integrity>\s+for integrity)?\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Command();
}

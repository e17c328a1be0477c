namespace PolicyBot.Dialogs.Escalations;

/// <summary>The keys queue channels, queue teams and people's chats are stored under, and how a destination names a queue.</summary>
public static class EscalationQueues
{
    public static string ReferenceKey(string queue) => "queue:" + queue;

    public static string TeamKey(string queue) => "team:" + queue;

    public static string UserKey(string userId) => "user:" + userId;

    /// <summary>A person's personal chat with the bot by Entra object id, the id the directory knows them by.</summary>
    public static string DirectoryKey(string objectId) => "aad:" + objectId;

    /// <summary>Where a user last asked from outside their personal chat: enough to open that chat with them.</summary>
    public static string OriginKey(string userKey) => "origin:" + userKey;

    public static string ChannelDestination(string queue) => "channel:" + queue;

    /// <summary>The queue a destination names, or null for mail and manager handoffs.</summary>
    public static string? QueueOf(string destination) => destination.StartsWith("channel:", StringComparison.Ordinal) ? destination["channel:".Length..] : null;
}

namespace PolicyBot.Dialogs.Routing;

/// <summary>Who sent the activity, and where.</summary>
/// <param name="UserId">Their Teams user id (the "29:" id that card refresh lists use).</param>
/// <param name="UserName">Their display name.</param>
/// <param name="ConversationType">"personal", "groupChat" or "channel".</param>
/// <param name="AadObjectId">Their Entra object id, when Teams sends it.</param>
/// <param name="ConversationId">The conversation the activity came from, when known.</param>
public sealed record Speaker(string UserId, string UserName, string ConversationType, string? AadObjectId = null, string? ConversationId = null)
{
    public const string Personal = "personal";

    /// <summary>True in channels and group chats, where others see the bot's cards.</summary>
    public bool Shared => ConversationType != Personal;
}

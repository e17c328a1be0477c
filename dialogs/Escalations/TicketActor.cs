namespace PolicyBot.Dialogs.Escalations;

/// <summary>Who clicked a ticket card button, and in which team and channel (from the activity's channelData).</summary>
public sealed record TicketActor(string UserId, string Name, string? TeamId, string? ChannelId);

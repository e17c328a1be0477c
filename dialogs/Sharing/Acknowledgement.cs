namespace PolicyBot.Dialogs.Sharing;

/// <summary>One person's "I've read this" on a shared card.</summary>
public sealed record Acknowledgement(string ShareId, string UserId, string UserName, DateTimeOffset At);

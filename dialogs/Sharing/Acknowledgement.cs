namespace PolicyBot.Dialogs.Sharing;

/// <summary>One person's "I've read this" on a shared card, for one version of the policy: an audit record.</summary>
/// <param name="ShareId">The shared card.</param>
/// <param name="UserId">Who: their Teams user id.</param>
/// <param name="UserName">Their name when they acknowledged.</param>
/// <param name="At">When.</param>
/// <param name="Version">The policy version they read.</param>
public sealed record Acknowledgement(string ShareId, string UserId, string UserName, DateTimeOffset At, int Version = 1);

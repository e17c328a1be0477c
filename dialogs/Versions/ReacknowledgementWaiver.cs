namespace PolicyBot.Dialogs.Versions;

/// <summary>A version the Communications team marked as needing no re-acknowledgement: its changes are editorial whatever the diff says.</summary>
/// <param name="PolicyId">The policy.</param>
/// <param name="Version">The version whose changes need no re-reading.</param>
/// <param name="ById">Who marked it (Teams user id, or "cli" from the command line).</param>
/// <param name="ByName">Their name.</param>
/// <param name="At">When.</param>
public sealed record ReacknowledgementWaiver(string PolicyId, int Version, string ById, string ByName, DateTimeOffset At);

namespace PolicyBot.Dialogs.Sharing;

/// <summary>Where one person stands with a shared card: the version they last acknowledged, when, and whether that reading still holds.</summary>
/// <param name="UserId">Their Teams user id.</param>
/// <param name="UserName">Their name when they last acknowledged.</param>
/// <param name="Version">The latest version they acknowledged.</param>
/// <param name="At">When they acknowledged it.</param>
/// <param name="Holds">False when the card's part of the policy changed substantively since, in a version not marked as needing no re-acknowledgement.</param>
public sealed record ReaderState(string UserId, string UserName, int Version, DateTimeOffset At, bool Holds);

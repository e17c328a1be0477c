namespace PolicyBot.Dialogs.Infrastructure.Graph;

/// <summary>A person's manager, as the directory knows them.</summary>
/// <param name="Id">Their Entra object id.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Mail">Their email address, or null.</param>
public sealed record ManagerInfo(string Id, string DisplayName, string? Mail);

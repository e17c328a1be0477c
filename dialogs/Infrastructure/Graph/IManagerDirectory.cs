namespace PolicyBot.Dialogs.Infrastructure.Graph;

/// <summary>Finds a person's manager.</summary>
public interface IManagerDirectory
{
    /// <summary>The manager of the user with this Entra object id, or null when unknown or unavailable.</summary>
    Task<ManagerInfo?> FindManagerAsync(string userObjectId, CancellationToken cancellationToken);
}

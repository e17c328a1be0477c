namespace PolicyBot.Dialogs.Infrastructure.Graph;

/// <summary>Without Microsoft Graph nobody's manager is known; the staff member picks them in Teams.</summary>
internal sealed class NoManagerDirectory : IManagerDirectory
{
    public Task<ManagerInfo?> FindManagerAsync(string userObjectId, CancellationToken cancellationToken) => Task.FromResult<ManagerInfo?>(null);
}

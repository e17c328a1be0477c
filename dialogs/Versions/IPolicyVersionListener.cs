using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Versions;

/// <summary>Told when a policy gets a new version, once, by the instance that recorded it.</summary>
public interface IPolicyVersionListener
{
    Task OnNewVersionAsync(PolicyVersion version, CancellationToken cancellationToken);
}

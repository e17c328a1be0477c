using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>Told each time the policies are loaded or reloaded, so what depends on their text (versions) keeps up.</summary>
public interface IKnowledgeListener
{
    Task OnLoadedAsync(PolicyKnowledgeBase knowledge, CancellationToken cancellationToken);
}

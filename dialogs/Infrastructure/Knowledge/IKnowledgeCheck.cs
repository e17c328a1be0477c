using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>
/// A feature's own reading of the knowledge folder, done as part of each load: throwing InvalidDataException
/// fails the load like a broken policy file does (at start-up the bot is not ready; on a reload the loaded
/// policies stay), so a data file a feature cannot map is rejected where it is read, not at the first turn.
/// </summary>
public interface IKnowledgeCheck
{
    void Check(string folder, PolicyKnowledgeBase knowledge);
}

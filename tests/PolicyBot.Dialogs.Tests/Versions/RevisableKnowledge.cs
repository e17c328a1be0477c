using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Versions;

/// <summary>A copy of the shipped knowledge folder in a temporary directory, whose policy file a test can replace with the revised one.</summary>
internal sealed class RevisableKnowledge
{
    public string Path { get; } = KnowledgeFolder.Copy();

    public string PolicyFile => System.IO.Path.Combine(Path, "policies", "social-media-policy.txt");

    /// <summary>Replaces the Social Media Policy with its revised copy, as the Communications team would.</summary>
    public void Revise() => File.Copy(RevisedPolicy.RevisedPath, PolicyFile, overwrite: true);

    /// <summary>Puts the shipped Social Media Policy back.</summary>
    public void Restore() => File.Copy(RevisedPolicy.ShippedPath, PolicyFile, overwrite: true);

    public PolicyKnowledgeBase Load(TimeProvider time) => PolicyKnowledgeBase.Load(Path, new KnowledgeOptions(), time);

    /// <summary>Removes the copy.</summary>
    public void Delete() => Directory.Delete(Path, recursive: true);
}

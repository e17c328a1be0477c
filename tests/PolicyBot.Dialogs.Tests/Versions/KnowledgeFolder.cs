using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Tests.Versions;

/// <summary>A copy of the shipped knowledge folder in a temporary directory, whose policy file a test can replace with the revised one.</summary>
internal sealed class KnowledgeFolder
{
    private static readonly string Shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge");

    public KnowledgeFolder()
    {
        foreach (var file in Directory.EnumerateFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("knowledge").FullName;

    public string PolicyFile => System.IO.Path.Combine(Path, "policies", "social-media-policy.txt");

    /// <summary>Replaces the Social Media Policy with its revised copy, as the Communications team would.</summary>
    public void Revise() => File.Copy(RevisedPolicy.RevisedPath, PolicyFile, overwrite: true);

    /// <summary>Puts the shipped Social Media Policy back.</summary>
    public void Restore() => File.Copy(RevisedPolicy.ShippedPath, PolicyFile, overwrite: true);

    public PolicyKnowledgeBase Load(TimeProvider time) => PolicyKnowledgeBase.Load(Path, new KnowledgeOptions(), time);

    /// <summary>Removes the copy.</summary>
    public void Delete() => Directory.Delete(Path, recursive: true);
}

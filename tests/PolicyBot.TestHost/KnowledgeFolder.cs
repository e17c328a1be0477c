namespace PolicyBot.TestHost;

/// <summary>A copy of the shipped knowledge folder in a temporary folder, for a test that edits or replaces its files.</summary>
public static class KnowledgeFolder
{
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string Copy()
    {
        var folder = Directory.CreateTempSubdirectory("knowledge").FullName;
        foreach (var file in Directory.EnumerateFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return folder;
    }
}

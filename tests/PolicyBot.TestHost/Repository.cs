namespace PolicyBot.TestHost;

/// <summary>The repository checkout the tests run from, for files that are not copied beside the binaries.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (PolicyBot.sln) above the test binaries.");
    }
}

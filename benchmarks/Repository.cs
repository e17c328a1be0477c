namespace PolicyBot.Benchmarks;

internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("PolicyBot.sln not found above the benchmark binaries.");
        }
    }
}

namespace PolicyBot.Knowledge.Tests.Parsing;

/// <summary>Copies of the shipped knowledge folder with the policy files swapped, for loading tests.</summary>
internal static class KnowledgeFolders
{
    public const string PolicyId = "social-media-policy";

    /// <summary>The shipped Social Media Policy rendered in another format (see TestData/policies/formats/README.md).</summary>
    public static string Format(string extension) => TestPolicies.TestData($"policies/formats/{PolicyId}{extension}");

    /// <summary>The shipped knowledge folder with its .txt policy replaced by <paramref name="policyFile"/> under the same name.</summary>
    public static string WithPolicy(string policyFile) =>
        With(policies => File.Copy(policyFile, Path.Combine(policies, PolicyId + Path.GetExtension(policyFile))), removeShipped: true);

    /// <summary>The shipped knowledge folder with extra files in its policies folder.</summary>
    public static string WithExtraFiles(params (string Name, byte[] Content)[] files) =>
        With(policies => Array.ForEach(files, file => File.WriteAllBytes(Path.Combine(policies, file.Name), file.Content)), removeShipped: false);

    private static string With(Action<string> addPolicies, bool removeShipped)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-knowledge-").FullName;
        foreach (var source in Directory.EnumerateFiles(TestPolicies.KnowledgeFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(TestPolicies.KnowledgeFolder, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        var policies = Path.Combine(folder, PolicyKnowledgeBase.PoliciesFolder);
        if (removeShipped)
        {
            File.Delete(Path.Combine(policies, PolicyId + ".txt"));
        }

        addPolicies(policies);
        return folder;
    }
}

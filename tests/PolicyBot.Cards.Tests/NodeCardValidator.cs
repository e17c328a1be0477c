using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Cards.Tests;

/// <summary>Checks cards with Microsoft's adaptivecards npm package (tests/node), as Teams' renderer would parse them.</summary>
internal static class NodeCardValidator
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Validate(IReadOnlyDictionary<string, JsonObject> cards)
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "node", "validate-cards.js");
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "adaptivecards")))
        {
            throw new InvalidOperationException("The adaptivecards npm package is missing: run `npm ci --prefix tests/node` (scripts/test.sh does).");
        }

        var folder = Directory.CreateTempSubdirectory("cards").FullName;
        var files = cards.ToDictionary(pair => Path.Combine(folder, pair.Key + ".json"), pair => pair.Key);
        foreach (var (file, name) in files)
        {
            File.WriteAllText(file, cards[name].ToJsonString());
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var file in files.Keys)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (error.Length > 0)
        {
            throw new InvalidOperationException($"validate-cards.js failed: {error}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .ToDictionary(
                result => files[result["file"]!.GetValue<string>()],
                result => (IReadOnlyList<string>)result["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList());
    }

    public static string RepositoryRoot()
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

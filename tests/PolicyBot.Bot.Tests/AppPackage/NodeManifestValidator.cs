using System.Diagnostics;
using System.Text.Json.Nodes;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.AppPackage;

/// <summary>Checks Teams app manifests against the schema bundled in Microsoft's @microsoft/app-manifest npm package (tests/node), offline.</summary>
internal static class NodeManifestValidator
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Validate(IReadOnlyDictionary<string, JsonObject> manifests)
    {
        var script = Path.Combine(Repository.Root, "tests", "node", "validate-manifest.js");
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "@microsoft", "app-manifest")))
        {
            throw new InvalidOperationException("The @microsoft/app-manifest npm package is missing: run `npm ci --prefix tests/node` (scripts/test.sh does).");
        }

        var folder = Directory.CreateTempSubdirectory("manifests").FullName;
        var files = manifests.ToDictionary(pair => Path.Combine(folder, pair.Key + ".json"), pair => pair.Key);
        foreach (var (file, name) in files)
        {
            File.WriteAllText(file, manifests[name].ToJsonString());
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var file in files.Keys)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        // Exit 1 means "some manifest is invalid", which the caller asserts on; anything else is the script failing.
        if (error.Length > 0 || process.ExitCode > 1)
        {
            throw new InvalidOperationException($"validate-manifest.js failed (exit {process.ExitCode}): {error}");
        }

        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .ToDictionary(
                result => files[result["file"]!.GetValue<string>()],
                result => (IReadOnlyList<string>)result["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList());
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PolicyBot.Cards.Tests;

/// <summary>
/// Renders cards with Microsoft's adaptivecards renderer in headless Chromium (tests/node/render-cards.js) and
/// screenshots each to artifacts/cards, so a person can look at what Teams users would see.
/// </summary>
internal static class BrowserCardRenderer
{
    public const string Chromium = "/usr/bin/chromium";

    public static string ArtifactsFolder => Path.Combine(NodeCardValidator.RepositoryRoot(), "artifacts", "cards");

    /// <summary>One JSON object per card: name, png, errors, actions, bytes.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Render(IReadOnlyDictionary<string, JsonObject> cards)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run `apt-get install -y chromium` (scripts/test.sh does).");
        }

        var script = Path.Combine(NodeCardValidator.RepositoryRoot(), "tests", "node", "render-cards.js");
        var folder = Directory.CreateTempSubdirectory("cards-render").FullName;
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(ArtifactsFolder);
        foreach (var (name, card) in cards)
        {
            var file = Path.Combine(folder, name + ".json");
            File.WriteAllText(file, card.ToJsonString());
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"render-cards.js failed: {error.Result}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToDictionary(result => result["name"]!.GetValue<string>());
    }
}

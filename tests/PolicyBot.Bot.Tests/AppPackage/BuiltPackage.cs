using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using PolicyBot.Bot.Cli;

namespace PolicyBot.Bot.Tests.AppPackage;

/// <summary>An app package built by the real `manifest` command into a temp folder, opened for checking.</summary>
internal sealed record BuiltPackage(int ExitCode, string Output, string Error, string ZipPath, IReadOnlyDictionary<string, byte[]> Entries)
{
    public const string BotId = "2f0c6a3e-8d1b-4c7a-9e25-6b3d4f1a7c90";
    public const string BotDomain = "policybot.corrections.example";

    public string ManifestText => Encoding.UTF8.GetString(Entries["manifest.json"]);

    public JsonObject Manifest => JsonNode.Parse(ManifestText)!.AsObject();

    public static async Task<BuiltPackage> BuildAsync(string? botId = BotId, string? botDomain = BotDomain, params string[] extraArgs)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = botId, ["Manifest:BotDomain"] = botDomain })
            .Build();
        var zipPath = Path.Combine(Directory.CreateTempSubdirectory("app-package").FullName, "out", "PolicyBot.zip");
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ManifestCommand.RunAsync(["--out", zipPath, .. extraArgs], configuration, output, error);

        var entries = new Dictionary<string, byte[]>();
        if (File.Exists(zipPath))
        {
            using var zip = ZipFile.OpenRead(zipPath);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries[entry.FullName] = copy.ToArray();
            }
        }

        return new BuiltPackage(exit, output.ToString(), error.ToString(), zipPath, entries);
    }
}

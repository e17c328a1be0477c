using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PolicyBot.Bot.AppPackage;

/// <summary>Builds the Teams app package: manifest.json with the bot's id and domain filled in, and both icons, at the zip's root.</summary>
internal static partial class AppPackageBuilder
{
    /// <summary>manifest/manifest.json, embedded so the command works from any folder.</summary>
    private const string TemplateResource = "PolicyBot.Bot.AppPackage.manifest.json";

    // A fixed entry time: the same configuration always gives a byte-identical package, easy to compare and cache.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string ReadTemplate()
    {
        using var stream = typeof(AppPackageBuilder).Assembly.GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException($"The embedded resource {TemplateResource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The template with {{BOT_ID}} and {{BOT_DOMAIN}} replaced.</summary>
    /// <exception cref="InvalidOperationException">A placeholder is left over, or the result is not JSON.</exception>
    public static string FillTemplate(string template, AppPackageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(settings);

        // Both values were checked to be a GUID and a host name, so they need no JSON escaping.
        var manifest = template
            .Replace("{{BOT_ID}}", settings.BotId, StringComparison.Ordinal)
            .Replace("{{BOT_DOMAIN}}", settings.BotDomain, StringComparison.Ordinal);
        if (Placeholder().Match(manifest) is { Success: true } left)
        {
            throw new InvalidOperationException($"manifest.json has a placeholder nothing fills in: {left.Value}");
        }

        try
        {
            JsonNode.Parse(manifest);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidOperationException($"manifest.json is not valid JSON: {e.Message}", e);
        }

        return manifest;
    }

    /// <summary>Writes the package to <paramref name="zipPath"/>, creating its folder; returns the full path.</summary>
    public static string Write(AppPackageSettings settings, string zipPath)
    {
        // Everything is built in memory first, so a bad template never leaves half a package behind.
        var entries = new (string Name, byte[] Content)[]
        {
            ("manifest.json", Encoding.UTF8.GetBytes(FillTemplate(ReadTemplate(), settings))),
            ("color.png", PngWriter.Encode(PolicyBotIcons.DrawColor())),
            ("outline.png", PngWriter.Encode(PolicyBotIcons.DrawOutline())),
        };

        var fullPath = Path.GetFullPath(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        using var file = new FileStream(fullPath, FileMode.Create);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            stream.Write(content);
        }

        return fullPath;
    }

    /// <summary>Writes color.png and outline.png to a folder: how the copies committed in manifest/ are refreshed.</summary>
    public static void WriteIcons(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "color.png"), PngWriter.Encode(PolicyBotIcons.DrawColor()));
        File.WriteAllBytes(Path.Combine(folder, "outline.png"), PngWriter.Encode(PolicyBotIcons.DrawOutline()));
    }

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Placeholder();
}

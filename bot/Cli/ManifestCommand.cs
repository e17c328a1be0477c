using PolicyBot.Bot.AppPackage;

namespace PolicyBot.Bot.Cli;

/// <summary>`manifest`: builds the Teams app package (manifest.json and the two icons, zipped) to upload to Teams.</summary>
internal static class ManifestCommand
{
    public const string DefaultOutput = "manifest/build/PolicyBot.zip";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var zipPath = DefaultOutput;
        string? iconFolder = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    zipPath = args[++i];
                    break;
                case "--icons" when i + 1 < args.Length:
                    iconFolder = args[++i];
                    break;
                default:
                    await error.WriteLineAsync($"manifest: unexpected '{args[i]}'. Usage: manifest [--out FILE.zip] [--icons FOLDER]").ConfigureAwait(false);
                    return 2;
            }
        }

        AppPackageSettings settings;
        try
        {
            settings = AppPackageSettings.FromConfiguration(configuration);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"manifest: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        if (settings.BotIdIsPlaceholder)
        {
            await error.WriteLineAsync(
                $"warning: MicrosoftAppId is empty, so the package uses the placeholder bot id {AppPackageSettings.PlaceholderBotId}. " +
                "Teams will not reach the bot with it: set MicrosoftAppId (environment variable or appsettings.json) to the Azure Bot's app id.")
                .ConfigureAwait(false);
        }

        try
        {
            var written = AppPackageBuilder.Write(settings, zipPath);
            if (iconFolder is not null)
            {
                AppPackageBuilder.WriteIcons(iconFolder);
            }

            await output.WriteLineAsync($"Wrote {written} (bot id {settings.BotId}, domain {settings.BotDomain}).").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"manifest: could not write the package: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}

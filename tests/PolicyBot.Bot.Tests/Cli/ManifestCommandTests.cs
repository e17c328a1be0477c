using PolicyBot.Bot.AppPackage;
using PolicyBot.Bot.Tests.AppPackage;

namespace PolicyBot.Bot.Tests.Cli;

public sealed class ManifestCommandTests
{
    [Fact]
    public async Task Run_WithAppIdAndDomain_WritesAPackageTeamsAccepts()
    {
        var package = await BuiltPackage.BuildAsync();

        Assert.Equal(0, package.ExitCode);
        Assert.Empty(package.Error);
        Assert.Contains(package.ZipPath, package.Output, StringComparison.Ordinal);

        // Teams reads the three files from the root of the zip; a folder inside it is rejected.
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));

        var color = PngImage.Read(package.Entries["color.png"]);
        Assert.Equal((192, 192), (color.Width, color.Height));
        var outline = PngImage.Read(package.Entries["outline.png"]);
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(0, outline[0, 0].A);
        Assert.Contains(outline.All(), pixel => pixel.A == 0);
        Assert.All(outline.All().Where(pixel => pixel.A > 0), pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));

        var manifest = package.Manifest;
        Assert.Equal("1.22", manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal(BuiltPackage.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(BuiltPackage.BotId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(BuiltPackage.BotId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{BuiltPackage.BotDomain}/botid-{BuiltPackage.BotId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal([BuiltPackage.BotDomain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(4, package.ManifestText.Split(BuiltPackage.BotId).Length - 1);
        Assert.DoesNotContain("{{", package.ManifestText, StringComparison.Ordinal);
        Assert.DoesNotContain(AppPackageSettings.PlaceholderBotId, package.ManifestText, StringComparison.Ordinal);

        var errors = NodeManifestValidator.Validate(new Dictionary<string, System.Text.Json.Nodes.JsonObject> { ["built"] = manifest });
        Assert.Empty(errors["built"]);
    }

    [Fact]
    public async Task Run_NoAppId_WarnsAndUsesThePlaceholderId()
    {
        var package = await BuiltPackage.BuildAsync(botId: "", botDomain: null);

        Assert.Equal(0, package.ExitCode);
        Assert.Contains("warning: MicrosoftAppId is empty", package.Error, StringComparison.Ordinal);
        Assert.Equal(AppPackageSettings.PlaceholderBotId, package.Manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal([AppPackageSettings.DefaultBotDomain], package.Manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Theory]
    [InlineData("not-a-guid", null, "MicrosoftAppId 'not-a-guid' is not a GUID")]
    [InlineData(BuiltPackage.BotId, "https://policybot.example.org", "Manifest:BotDomain 'https://policybot.example.org' is not a host name")]
    public async Task Run_BadConfiguration_FailsWithTheKeyNamedAndWritesNothing(string botId, string? botDomain, string message)
    {
        var package = await BuiltPackage.BuildAsync(botId, botDomain);

        Assert.Equal(2, package.ExitCode);
        Assert.Contains(message, package.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(package.ZipPath));
    }

    [Fact]
    public async Task Run_UnknownOption_FailsWithUsage()
    {
        var package = await BuiltPackage.BuildAsync(extraArgs: "--bot-id");

        Assert.Equal(2, package.ExitCode);
        Assert.Contains("Usage: manifest [--out FILE.zip] [--icons FOLDER]", package.Error, StringComparison.Ordinal);
    }
}

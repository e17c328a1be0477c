using PolicyBot.Bot.AppPackage;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.AppPackage;

public sealed class AppPackageBuilderTests
{
    private static readonly AppPackageSettings Settings = AppPackageSettings.Create(BuiltPackage.BotId, BuiltPackage.BotDomain);

    [Fact]
    public void FillTemplate_PlaceholderNothingFills_Throws()
    {
        var template = """{ "id": "{{BOT_ID}}", "name": { "short": "{{APP_NAME}}" } }""";

        var error = Assert.Throws<InvalidOperationException>(() => AppPackageBuilder.FillTemplate(template, Settings));

        Assert.Equal("manifest.json has a placeholder nothing fills in: {{APP_NAME}}", error.Message);
    }

    [Fact]
    public void FillTemplate_NotJson_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AppPackageBuilder.FillTemplate("""{ "id": "{{BOT_ID}}", }""", Settings));

        Assert.StartsWith("manifest.json is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTemplate_IsTheCommittedManifestJson()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "manifest", "manifest.json"));

        Assert.Equal(committed, AppPackageBuilder.ReadTemplate());
    }

    [Fact]
    public void Write_SameSettingsTwice_GivesTheSameBytes()
    {
        var folder = Directory.CreateTempSubdirectory("app-package").FullName;

        var first = File.ReadAllBytes(AppPackageBuilder.Write(Settings, Path.Combine(folder, "a.zip")));
        var second = File.ReadAllBytes(AppPackageBuilder.Write(Settings, Path.Combine(folder, "a.zip")));

        Assert.Equal(first, second);
    }
}

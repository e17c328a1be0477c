using PolicyBot.Bot.AppPackage;

namespace PolicyBot.Bot.Tests.AppPackage;

public sealed class AppPackageSettingsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_NoBotId_UsesThePlaceholderAndSaysSo(string? botId)
    {
        var settings = AppPackageSettings.Create(botId, null);

        Assert.Equal(new AppPackageSettings(AppPackageSettings.PlaceholderBotId, AppPackageSettings.DefaultBotDomain, BotIdIsPlaceholder: true), settings);
    }

    [Fact]
    public void Create_GuidAndHost_KeepsThemTrimmedInLowerCase()
    {
        var settings = AppPackageSettings.Create(" 2F0C6A3E-8D1B-4C7A-9E25-6B3D4F1A7C90 ", "Bot.Contoso.Example ");

        Assert.Equal(new AppPackageSettings("2f0c6a3e-8d1b-4c7a-9e25-6b3d4f1a7c90", "bot.contoso.example", BotIdIsPlaceholder: false), settings);
    }

    [Theory]
    [InlineData("2f0c6a3e8d1b4c7a9e256b3d4f1a7c90")] // a GUID, but not in the dashed form Teams' schema wants
    [InlineData("{2f0c6a3e-8d1b-4c7a-9e25-6b3d4f1a7c90}")]
    [InlineData("policybot")]
    public void Create_BotIdNotADashedGuid_Throws(string botId)
    {
        var error = Assert.Throws<ArgumentException>(() => AppPackageSettings.Create(botId, null));

        Assert.StartsWith($"MicrosoftAppId '{botId}' is not a GUID.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://policybot.example.org")]
    [InlineData("policybot.example.org/api/messages")]
    [InlineData("policybot.example.org:443")]
    [InlineData("10.0.0.4")]
    public void Create_DomainNotABareHostName_Throws(string domain)
    {
        var error = Assert.Throws<ArgumentException>(() => AppPackageSettings.Create(null, domain));

        Assert.StartsWith($"Manifest:BotDomain '{domain}' is not a host name", error.Message, StringComparison.Ordinal);
    }
}

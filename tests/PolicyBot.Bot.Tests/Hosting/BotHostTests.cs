using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Cli;
using PolicyBot.Bot.Hosting;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Bot.Tests.Hosting;

public sealed class BotHostTests
{
    [Fact]
    public void Build_AFeatureClaimsAnotherFeaturesVerb_FailsAtStartWithBothNamed()
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            BotHost.Build(["--urls", "http://127.0.0.1:0"], services: services => services.AddSingleton<ITurnRoutes, ClaimsFeedback>()));

        Assert.Contains("the card action verb 'feedback'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ClaimsFeedback", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AnswerTurns", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MistypedTimeZone_FailsAtStartNamingTheKey()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Escalations:TimeZone"] = "Pacific/Aukland",
            ["Storage:SqlitePath"] = Path.Combine(Directory.CreateTempSubdirectory("policybot").FullName, "bot.db"),
        };
        await using var app = BotHost.Build(["--urls", "http://127.0.0.1:0"], configuration => configuration.AddInMemoryCollection(settings));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(["Escalations:TimeZone 'Pacific/Aukland' is not a time zone this machine knows; use an IANA id such as Pacific/Auckland."], failure.Failures);
        Assert.Equal(["Escalations:TimeZone 'Pacific/Aukland' is not a time zone this machine knows; use an IANA id such as Pacific/Auckland."], CommandLine.ConfigurationFailures(failure));
    }

    private sealed class ClaimsFeedback : ITurnRoutes
    {
        public void Register(RouteTable routes) =>
            routes.CardAction("feedback", (_, _) => Task.FromResult(new CardActionResult(null, null, "mine")));
    }
}

using Microsoft.Extensions.DependencyInjection;
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

    private sealed class ClaimsFeedback : ITurnRoutes
    {
        public void Register(RouteTable routes) =>
            routes.CardAction("feedback", (_, _) => Task.FromResult(new CardActionResult(null, null, "mine")));
    }
}

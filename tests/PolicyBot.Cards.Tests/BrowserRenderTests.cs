namespace PolicyBot.Cards.Tests;

/// <summary>Every card the bot sends, drawn by Microsoft's renderer in a real browser with a Teams-like host config.</summary>
public sealed class BrowserRenderTests
{
    [Fact]
    public void Render_EverySampleCardInChromium_DrawsWithoutErrorsAndWithinTeamsLimits()
    {
        var cards = SampleCards.All;

        var results = BrowserCardRenderer.Render(cards);

        Assert.Equal(cards.Keys.Order(), results.Keys.Order());
        Assert.All(results.Values, result =>
        {
            var name = result["name"]!.GetValue<string>();
            Assert.True(result["errors"]!.AsArray().Count == 0, $"{name}: {result["errors"]!.ToJsonString()}");
            Assert.True(result["actions"]!.GetValue<int>() <= CardLimits.MaxPrimaryActions, $"{name} has {result["actions"]} primary actions.");
            Assert.True(result["bytes"]!.GetValue<int>() <= CardLimits.MaxBytes, $"{name} is {result["bytes"]} bytes.");
            Assert.True(new FileInfo(result["png"]!.GetValue<string>()).Length > 1000, $"{name}: no screenshot.");
            Assert.InRange(result["height"]!.GetValue<int>(), 40, 4000);
        });
    }
}

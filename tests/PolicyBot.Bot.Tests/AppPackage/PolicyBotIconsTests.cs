using System.Globalization;
using PolicyBot.Bot.AppPackage;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.AppPackage;

public sealed class PolicyBotIconsTests
{
    private static readonly PngImage Color = PngImage.Read(PngWriter.Encode(PolicyBotIcons.DrawColor()));
    private static readonly PngImage Outline = PngImage.Read(PngWriter.Encode(PolicyBotIcons.DrawOutline()));

    [Fact]
    public void DrawColor_OpaqueShieldOnTheManifestsAccentColour()
    {
        Assert.Equal((192, 192), (Color.Width, Color.Height));
        Assert.All(Color.All(), pixel => Assert.Equal(255, pixel.A));

        var accent = File.ReadAllText(Path.Combine(Repository.Root, "manifest", "manifest.json"))
            .Split("\"accentColor\": \"#")[1][..6];
        var expected = (byte.Parse(accent[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(accent[2..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(accent[4..], NumberStyles.HexNumber, CultureInfo.InvariantCulture), (byte)255);
        Assert.Equal(expected, Color[0, 0]);
        Assert.Equal(expected, Color[191, 191]);

        // The shield is white where the tick is not: just below its top edge, on the centre line.
        Assert.Equal((255, 255, 255, 255), Color[96, 50]);
    }

    [Fact]
    public void DrawOutline_WhiteLinesOnTransparency()
    {
        Assert.Equal((32, 32), (Outline.Width, Outline.Height));
        var pixels = Outline.All().ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));

        // Mostly see-through, with solid lines rather than only faint anti-aliasing.
        Assert.InRange(pixels.Count(p => p.A == 0), pixels.Count / 2, pixels.Count);
        Assert.InRange(pixels.Count(p => p.A == 255), 60, pixels.Count / 2);
        Assert.Equal(0, Outline[16, 8].A); // the inside of the shield, above the tick, stays open
    }

    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void CommittedIcon_MatchesTheDrawingCode(string name)
    {
        // Compares pixels, not bytes: another zlib may compress the same image differently.
        var committed = PngImage.Read(File.ReadAllBytes(Path.Combine(Repository.Root, "manifest", name)));
        var drawn = name == "color.png" ? Color : Outline;

        Assert.True(
            committed.Pixels.AsSpan().SequenceEqual(drawn.Pixels),
            $"manifest/{name} is out of date: run `dotnet run --project bot -- manifest --icons manifest`.");
    }
}

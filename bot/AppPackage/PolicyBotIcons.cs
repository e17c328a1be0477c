namespace PolicyBot.Bot.AppPackage;

/// <summary>Draws the Teams app icons: a shield with a tick, in the sizes and styles Teams asks for.</summary>
internal static class PolicyBotIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The background of the colour icon; manifest.json's accentColor is the same, so Teams' tiles match it.</summary>
    public static readonly Rgba Accent = new(0x1F, 0x4E, 0x79, 255);

    /// <summary>192x192, fully opaque: a white shield and an accent-coloured tick on the accent colour.</summary>
    public static Canvas DrawColor()
    {
        var canvas = new Canvas(ColorSize, ColorSize);
        canvas.Paint(_ => true, Accent);

        // Teams crops colour icons to a rounded square; keeping the glyph in the middle ~60% keeps it whole.
        var (left, top, width, height) = (0.26, 0.2, 0.48, 0.6);
        canvas.Paint(Shapes.Filled(Shield.Outline(left, top, width, height)), Rgba.White);
        canvas.Paint(Shapes.Stroked(Shield.Tick(left, top, width, height), 0.055, closed: false), Accent);
        return canvas;
    }

    /// <summary>32x32, transparent background: the same shield and tick as white lines, as Teams requires.</summary>
    public static Canvas DrawOutline()
    {
        var canvas = new Canvas(OutlineSize, OutlineSize);
        var (left, top, width, height) = (0.16, 0.09, 0.68, 0.82);

        // Line widths in pixels: about two at this size, so the lines stay crisp in Teams' app bar.
        canvas.Paint(Shapes.Stroked(Shield.Outline(left, top, width, height), 2.2 / OutlineSize, closed: true), Rgba.White);
        canvas.Paint(Shapes.Stroked(Shield.Tick(left, top, width, height), 2.6 / OutlineSize, closed: false), Rgba.White);
        return canvas;
    }
}

namespace PolicyBot.Bot.AppPackage;

/// <summary>A colour with straight (not premultiplied) alpha, as PNG stores it.</summary>
internal readonly record struct Rgba(byte R, byte G, byte B, byte A)
{
    public static readonly Rgba White = new(255, 255, 255, 255);
}

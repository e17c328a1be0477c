namespace PolicyBot.Bot.AppPackage;

/// <summary>An RGBA pixel buffer that paints anti-aliased shapes, which is all the app icons need.</summary>
internal sealed class Canvas
{
    // 4x4 samples a pixel keep edges smooth even at 32x32, where a plain inside/outside test looks jagged.
    private const int Samples = 4;

    public Canvas(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major RGBA bytes, straight alpha; starts fully transparent.</summary>
    public byte[] Pixels { get; }

    /// <summary>Paints <paramref name="color"/> over every part of the canvas the shape covers.</summary>
    /// <param name="contains">Whether a point of the unit square lies inside the shape, so one shape serves every size.</param>
    /// <param name="color">The paint; its alpha is multiplied by how much of each pixel the shape covers.</param>
    public void Paint(Func<Point, bool> contains, Rgba color)
    {
        ArgumentNullException.ThrowIfNull(contains);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var covered = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var point = new Point((x + (sx + 0.5) / Samples) / Width, (y + (sy + 0.5) / Samples) / Height);
                        covered += contains(point) ? 1 : 0;
                    }
                }

                if (covered > 0)
                {
                    Blend((y * Width + x) * 4, color, covered / (double)(Samples * Samples));
                }
            }
        }
    }

    // "Source over" compositing with straight alpha, so partly covered edge pixels keep the true colour.
    private void Blend(int offset, Rgba color, double coverage)
    {
        var source = color.A / 255.0 * coverage;
        var destination = Pixels[offset + 3] / 255.0;
        var alpha = source + destination * (1 - source);
        Pixels[offset] = Mix(color.R, Pixels[offset], source, destination, alpha);
        Pixels[offset + 1] = Mix(color.G, Pixels[offset + 1], source, destination, alpha);
        Pixels[offset + 2] = Mix(color.B, Pixels[offset + 2], source, destination, alpha);
        Pixels[offset + 3] = (byte)Math.Round(alpha * 255);
    }

    private static byte Mix(byte top, byte bottom, double source, double destination, double alpha) =>
        (byte)Math.Round((top * source + bottom * destination * (1 - source)) / alpha);
}

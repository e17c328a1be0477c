using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace PolicyBot.Bot.Tests.AppPackage;

/// <summary>
/// A strict reader for 8-bit RGBA PNGs written independently of the bot's encoder: it checks the signature,
/// every chunk's CRC (with System.IO.Hashing), the IHDR fields, and undoes all five row filters.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte ColorType, byte BitDepth, byte[] Pixels)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 4;
            return (Pixels[i], Pixels[i + 1], Pixels[i + 2], Pixels[i + 3]);
        }
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> All() =>
        Enumerable.Range(0, Width * Height).Select(i => (Pixels[i * 4], Pixels[i * 4 + 1], Pixels[i * 4 + 2], Pixels[i * 4 + 3]));

    public static PngImage Read(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var (width, height, bitDepth, colorType) = (0, 0, (byte)0, (byte)0);
        using var idat = new MemoryStream();
        var position = 8;
        var sawEnd = false;
        while (!sawEnd)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var typeAndData = png.AsSpan(position + 4, 4 + length);
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            var data = typeAndData[4..];
            Assert.True(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length)) == Crc32.HashToUInt32(typeAndData), $"bad CRC in {type}");
            switch (type)
            {
                case "IHDR":
                    (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                    (bitDepth, colorType) = (data[8], data[9]);
                    Assert.Equal([0, 0, 0], data[10..13].ToArray()); // deflate, standard filters, no interlace
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
            }

            position += 12 + length;
        }

        Assert.Equal(png.Length, position);
        Assert.True(bitDepth == 8 && colorType == 6, $"expected 8-bit RGBA, got bit depth {bitDepth}, colour type {colorType}");
        return new PngImage(width, height, colorType, bitDepth, Unfilter(Inflate(idat.ToArray()), width, height));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = width * 4;
        Assert.Equal(height * (stride + 1), raw.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[y * (stride + 1) + 1 + x];
                int left = x >= 4 ? pixels[y * stride + x - 4] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter} in row {y}"),
                };
                pixels[y * stride + x] = (byte)(value + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

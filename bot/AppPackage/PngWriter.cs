using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PolicyBot.Bot.AppPackage;

/// <summary>Encodes a canvas as an 8-bit RGBA PNG, so the icons need no image library.</summary>
internal static class PngWriter
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(Canvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var png = new MemoryStream();
        png.Write(Signature);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, canvas.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), canvas.Height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: truecolour with alpha
        // compression, filter method and interlace stay 0: deflate, adaptive filtering, not interlaced.
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Compress(canvas));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    // Every row starts with its filter type; 0 (none) is enough for flat-coloured icons, which deflate well.
    private static byte[] Compress(Canvas canvas)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var rowLength = canvas.Width * 4;
            for (var y = 0; y < canvas.Height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(canvas.Pixels, y * rowLength, rowLength);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        // The CRC covers the chunk type and its data, not the length.
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);

        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeAndData));
        png.Write(number);
    }
}

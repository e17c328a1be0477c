using Google.Protobuf;

namespace PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

/// <summary>
/// One field of a protobuf message as it was read: its number and wire type, its value (a varint's number, or
/// a length-delimited field's bytes) and the whole record, tag included, so a field left alone is written back
/// byte for byte.
/// </summary>
internal readonly record struct ProtoRecord(int Field, WireFormat.WireType Type, ulong Number, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Raw)
{
    /// <summary>A length-delimited field's bytes as UTF-8 text (ONNX names, op types, domains).</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Payload.Span);

    /// <summary>The fields of a message, in the order they were written.</summary>
    public static List<ProtoRecord> ReadAll(ReadOnlyMemory<byte> message)
    {
        if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray(message, out var segment) || segment.Array is null)
        {
            segment = new ArraySegment<byte>(message.ToArray());
        }

        var records = new List<ProtoRecord>();
        var input = new CodedInputStream(segment.Array, segment.Offset, segment.Count);
        // Positions count from the start of the array, not of the segment.
        var origin = (int)input.Position;
        var start = 0;
        while (!input.IsAtEnd)
        {
            var tag = input.ReadTag();
            var type = WireFormat.GetTagWireType(tag);
            var number = 0UL;
            var payload = ReadOnlyMemory<byte>.Empty;
            switch (type)
            {
                case WireFormat.WireType.Varint:
                    number = input.ReadUInt64();
                    break;
                case WireFormat.WireType.LengthDelimited:
                    // Skipped rather than read, so a large tensor's bytes are sliced, not copied.
                    var at = (int)input.Position - origin;
                    input.SkipLastField();
                    var (length, prefix) = Varint(message.Span[at..]);
                    payload = message.Slice(at + prefix, (int)length);
                    break;
                default:
                    input.SkipLastField();
                    break;
            }

            var end = (int)input.Position - origin;
            records.Add(new ProtoRecord(WireFormat.GetTagFieldNumber(tag), type, number, payload, message[start..end]));
            start = end;
        }

        return records;
    }

    // A varint's value and how many bytes it took.
    private static (ulong Value, int Size) Varint(ReadOnlySpan<byte> bytes)
    {
        var value = 0UL;
        for (var i = 0; i < 10 && i < bytes.Length; i++)
        {
            value |= (ulong)(bytes[i] & 0x7F) << (7 * i);
            if ((bytes[i] & 0x80) == 0)
            {
                return (value, i + 1);
            }
        }

        throw new InvalidDataException("A protobuf length is malformed.");
    }
}

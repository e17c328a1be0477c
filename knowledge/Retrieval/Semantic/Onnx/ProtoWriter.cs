using Google.Protobuf;

namespace PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

/// <summary>Writes a protobuf message field by field: records kept as they were read, and new fields.</summary>
internal sealed class ProtoWriter : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly CodedOutputStream _output;

    public ProtoWriter()
    {
        _output = new CodedOutputStream(_buffer, leaveOpen: true);
    }

    public ProtoWriter Raw(ProtoRecord record)
    {
        _output.Flush();
        _buffer.Write(record.Raw.Span);
        return this;
    }

    public ProtoWriter Varint(int field, long value)
    {
        _output.WriteTag(field, WireFormat.WireType.Varint);
        _output.WriteInt64(value);
        return this;
    }

    public ProtoWriter Text(int field, string value)
    {
        _output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _output.WriteString(value);
        return this;
    }

    public ProtoWriter Bytes(int field, ReadOnlySpan<byte> value)
    {
        // Straight into the buffer: a graph is tens of megabytes, and a ByteString would be one more copy.
        _output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _output.WriteLength(value.Length);
        _output.Flush();
        _buffer.Write(value);
        return this;
    }

    /// <summary>The message written so far.</summary>
    public byte[] ToArray()
    {
        _output.Flush();
        return _buffer.ToArray();
    }

    public void Dispose()
    {
        _output.Dispose();
        _buffer.Dispose();
    }
}

using System.Runtime.InteropServices;
using Google.Protobuf;

namespace PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

/// <summary>An ONNX TensorProto (a graph's constant weights): name, element type, shape and its bytes.</summary>
internal sealed record OnnxTensor(string Name, int DataType, IReadOnlyList<long> Dims, ProtoRecord? Record = null)
{
    // TensorProto.DataType values in onnx.proto.
    public const int Float = 1;
    public const int UInt8 = 2;

    // Field numbers of TensorProto in onnx.proto.
    private const int DimsField = 1;
    private const int DataTypeField = 2;
    private const int FloatDataField = 4;
    private const int NameField = 8;
    private const int RawDataField = 9;

    private ReadOnlyMemory<byte> _raw;
    private float[]? _floats;

    public static OnnxTensor Read(ProtoRecord record)
    {
        var name = string.Empty;
        var dataType = 0;
        var dims = new List<long>();
        var raw = ReadOnlyMemory<byte>.Empty;
        var floats = new List<float>();
        foreach (var field in ProtoRecord.ReadAll(record.Payload))
        {
            switch (field.Field, field.Type)
            {
                case (DimsField, WireFormat.WireType.Varint): dims.Add((long)field.Number); break;
                case (DimsField, WireFormat.WireType.LengthDelimited): dims.AddRange(PackedVarints(field.Payload)); break;
                case (DataTypeField, _): dataType = (int)field.Number; break;
                case (NameField, _): name = field.Text; break;
                case (RawDataField, _): raw = field.Payload; break;
                case (FloatDataField, WireFormat.WireType.LengthDelimited): floats.AddRange(MemoryMarshal.Cast<byte, float>(field.Payload.Span)); break;
                case (FloatDataField, WireFormat.WireType.Fixed32): floats.Add(BitConverter.UInt32BitsToSingle((uint)field.Number)); break;
                default: break;
            }
        }

        return new OnnxTensor(name, dataType, dims, record) { _raw = raw, _floats = floats.Count > 0 ? [.. floats] : null };
    }

    /// <summary>A new tensor of the given type, shape and little-endian element bytes.</summary>
    public static OnnxTensor Create(string name, int dataType, IReadOnlyList<long> dims, ReadOnlyMemory<byte> bytes) =>
        new(name, dataType, dims) { _raw = bytes };

    /// <summary>The elements of a float tensor.</summary>
    public ReadOnlySpan<float> Floats => DataType == Float
        ? _floats ?? MemoryMarshal.Cast<byte, float>(_raw.Span)
        : throw new InvalidOperationException($"Tensor '{Name}' holds type {DataType}, not float.");

    /// <summary>The tensor as a TensorProto message.</summary>
    public byte[] ToMessage()
    {
        if (Record is { } record)
        {
            return record.Payload.ToArray();
        }

        using var writer = new ProtoWriter();
        foreach (var dim in Dims)
        {
            writer.Varint(DimsField, dim);
        }

        return writer.Varint(DataTypeField, DataType).Text(NameField, Name).Bytes(RawDataField, _raw.Span).ToArray();
    }

    private static List<long> PackedVarints(ReadOnlyMemory<byte> payload)
    {
        var values = new List<long>();
        var input = new CodedInputStream(payload.ToArray());
        while (!input.IsAtEnd)
        {
            values.Add(input.ReadInt64());
        }

        return values;
    }
}

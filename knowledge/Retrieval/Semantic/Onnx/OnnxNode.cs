namespace PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

/// <summary>
/// An ONNX NodeProto's inputs, outputs, operator and domain; the node read from a model keeps its record, so its
/// attributes and anything else are written back unchanged.
/// </summary>
internal sealed record OnnxNode(string Name, string OpType, string Domain, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs, ProtoRecord? Record = null, IReadOnlyDictionary<string, long>? IntAttributes = null)
{
    // Field numbers of NodeProto in onnx.proto.
    private const int InputField = 1;
    private const int OutputField = 2;
    private const int NameField = 3;
    private const int OpTypeField = 4;
    private const int AttributeField = 5;
    private const int DomainField = 7;

    // AttributeProto: its name, integer value and type (INT).
    private const int AttributeNameField = 1;
    private const int AttributeIntField = 3;
    private const int AttributeTypeField = 20;
    private const int AttributeTypeInt = 2;

    public static OnnxNode Read(ProtoRecord record)
    {
        string name = string.Empty, opType = string.Empty, domain = string.Empty;
        var inputs = new List<string>();
        var outputs = new List<string>();
        foreach (var field in ProtoRecord.ReadAll(record.Payload))
        {
            switch (field.Field)
            {
                case InputField: inputs.Add(field.Text); break;
                case OutputField: outputs.Add(field.Text); break;
                case NameField: name = field.Text; break;
                case OpTypeField: opType = field.Text; break;
                case DomainField: domain = field.Text; break;
                default: break;
            }
        }

        return new OnnxNode(name, opType, domain, inputs, outputs, record);
    }

    /// <summary>The node as a NodeProto message.</summary>
    public byte[] ToMessage()
    {
        if (Record is { } record)
        {
            return record.Payload.ToArray();
        }

        using var writer = new ProtoWriter();
        foreach (var input in Inputs)
        {
            writer.Text(InputField, input);
        }

        foreach (var output in Outputs)
        {
            writer.Text(OutputField, output);
        }

        writer.Text(NameField, Name).Text(OpTypeField, OpType);
        foreach (var (name, value) in IntAttributes ?? new Dictionary<string, long>())
        {
            using var attribute = new ProtoWriter();
            writer.Bytes(AttributeField, attribute.Text(AttributeNameField, name).Varint(AttributeIntField, value).Varint(AttributeTypeField, AttributeTypeInt).ToArray());
        }

        return writer.Text(DomainField, Domain).ToArray();
    }
}

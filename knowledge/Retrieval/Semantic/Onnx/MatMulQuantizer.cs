using System.Runtime.InteropServices;

namespace PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

/// <summary>
/// 8-bit quantization of an ONNX model's matrix products with constant weights: each MatMul by a float weight
/// (and the Add of a constant bias that follows it) becomes ONNX Runtime's com.microsoft MatMulNBits, its weight
/// stored as 8-bit integers with a scale for every block of 16 values of a column, run with integer arithmetic
/// on inputs quantized block by block too (accuracy level 4). A quarter of the weight bytes to read per
/// inference; because every scale covers only 16 values, the vectors stay within a fraction of a percent of
/// full precision (per-tensor dynamic quantization, measured beside it, moved them ten times as far).
/// </summary>
internal static class MatMulQuantizer
{
    public const string MicrosoftDomain = "com.microsoft";

    /// <summary>Values of a weight column that share one scale.</summary>
    public const int BlockSize = 16;

    /// <summary>Changes whenever the output does, so models and vectors made by an earlier version are not used.</summary>
    public const int Version = 2;

    // Field numbers in onnx.proto: ModelProto, GraphProto, OperatorSetIdProto and ValueInfoProto.
    private const int GraphField = 7;
    private const int OpsetImportField = 8;
    private const int NodeField = 1;
    private const int InitializerField = 5;
    private const int GraphOutputField = 12;
    private const int DomainField = 1;
    private const int VersionField = 2;
    private const int ValueInfoNameField = 1;

    // MatMulNBits's accuracy level 4: the input is quantized to int8 per block and multiplied as integers.
    private const int IntegerArithmetic = 4;

    /// <summary>The model with its constant-weight matrix products quantized; a model with none comes back as it was.</summary>
    public static byte[] Quantize(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var modelFields = ProtoRecord.ReadAll(model);
        var graphFields = ProtoRecord.ReadAll(modelFields.Single(f => f.Field == GraphField).Payload);
        var nodes = graphFields.Where(f => f.Field == NodeField).Select(OnnxNode.Read).ToList();
        var initializers = graphFields.Where(f => f.Field == InitializerField).Select(OnnxTensor.Read).ToList();
        var graphOutputs = graphFields.Where(f => f.Field == GraphOutputField)
            .Select(f => ProtoRecord.ReadAll(f.Payload).First(v => v.Field == ValueInfoNameField).Text)
            .ToHashSet(StringComparer.Ordinal);

        var rewrite = Rewrite(nodes, initializers.ToDictionary(t => t.Name, StringComparer.Ordinal), graphOutputs);
        if (rewrite.QuantizedWeights.Count == 0)
        {
            return model;
        }

        var used = rewrite.Nodes.SelectMany(n => n.Inputs).ToHashSet(StringComparer.Ordinal);
        var kept = initializers.Where(t => !rewrite.QuantizedWeights.Contains(t.Name) || used.Contains(t.Name)).Concat(rewrite.Added);

        using var graph = new ProtoWriter();
        foreach (var field in graphFields.Where(f => f.Field is not NodeField and not InitializerField))
        {
            graph.Raw(field);
        }

        foreach (var node in rewrite.Nodes)
        {
            graph.Bytes(NodeField, node.ToMessage());
        }

        foreach (var tensor in kept)
        {
            graph.Bytes(InitializerField, tensor.ToMessage());
        }

        using var result = new ProtoWriter();
        foreach (var field in modelFields)
        {
            if (field.Field == GraphField)
            {
                result.Bytes(GraphField, graph.ToArray());
            }
            else
            {
                result.Raw(field);
            }
        }

        if (!modelFields.Any(f => f.Field == OpsetImportField && ProtoRecord.ReadAll(f.Payload).Any(d => d.Field == DomainField && d.Text == MicrosoftDomain)))
        {
            using var opset = new ProtoWriter();
            result.Bytes(OpsetImportField, opset.Text(DomainField, MicrosoftDomain).Varint(VersionField, 1).ToArray());
        }

        return result.ToArray();
    }

    private static Rewritten Rewrite(List<OnnxNode> nodes, Dictionary<string, OnnxTensor> initializers, HashSet<string> graphOutputs)
    {
        var consumers = nodes.SelectMany(n => n.Inputs.Select(input => (input, n))).ToLookup(p => p.input, p => p.n, StringComparer.Ordinal);
        var result = new Rewritten([], [], new HashSet<string>(StringComparer.Ordinal));
        var folded = new HashSet<OnnxNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in nodes)
        {
            if (folded.Contains(node))
            {
                continue;
            }

            if (node is not { OpType: "MatMul", Domain: "", Inputs.Count: 2 }
                || !initializers.TryGetValue(node.Inputs[1], out var weight)
                || weight is not { DataType: OnnxTensor.Float, Dims.Count: 2 })
            {
                result.Nodes.Add(node);
                continue;
            }

            var (add, bias) = FoldableBias(node, weight, consumers, initializers, graphOutputs);
            var (blocks, scales) = QuantizeBlocks(weight);
            result.Added.AddRange([blocks, scales]);
            result.QuantizedWeights.Add(weight.Name);

            // Inputs: A, B, scales, then the optional zero points and group index (none: zero is 128), then bias.
            List<string> inputs = [node.Inputs[0], blocks.Name, scales.Name];
            if (add is not null)
            {
                inputs.AddRange([string.Empty, string.Empty, bias!]);
                folded.Add(add);
            }

            var attributes = new Dictionary<string, long>(StringComparer.Ordinal)
            {
                ["K"] = weight.Dims[0],
                ["N"] = weight.Dims[1],
                ["bits"] = 8,
                ["block_size"] = BlockSize,
                ["accuracy_level"] = IntegerArithmetic,
            };
            result.Nodes.Add(new OnnxNode(node.Name, "MatMulNBits", MicrosoftDomain, inputs, add?.Outputs ?? node.Outputs, IntAttributes: attributes));
        }

        return result;
    }

    // The Add that only adds a constant vector of the weight's column count to the product, and that vector.
    private static (OnnxNode? Add, string? Bias) FoldableBias(OnnxNode matMul, OnnxTensor weight, ILookup<string, OnnxNode> consumers, Dictionary<string, OnnxTensor> initializers, HashSet<string> graphOutputs)
    {
        var product = matMul.Outputs[0];
        if (graphOutputs.Contains(product) || consumers[product].Count() != 1)
        {
            return (null, null);
        }

        var add = consumers[product].Single();
        if (add is not { OpType: "Add", Domain: "", Inputs.Count: 2 })
        {
            return (null, null);
        }

        var bias = add.Inputs[0] == product ? add.Inputs[1] : add.Inputs[0];
        return initializers.TryGetValue(bias, out var vector) && vector.DataType == OnnxTensor.Float && vector.Dims.Count == 1 && vector.Dims[0] == weight.Dims[1]
            ? (add, bias)
            : (null, null);
    }

    // MatMulNBits's layout: for each output column, its K values in blocks of BlockSize (the last padded with
    // zeros), each value v stored as round(v / scale) + 128, the block's largest magnitude mapping to 127.
    private static (OnnxTensor Blocks, OnnxTensor Scales) QuantizeBlocks(OnnxTensor weight)
    {
        var rows = (int)weight.Dims[0];
        var columns = (int)weight.Dims[1];
        var blocksPerColumn = (rows + BlockSize - 1) / BlockSize;
        var values = weight.Floats;
        var stored = new byte[columns * blocksPerColumn * BlockSize];
        var scales = new float[columns * blocksPerColumn];
        for (var column = 0; column < columns; column++)
        {
            for (var block = 0; block < blocksPerColumn; block++)
            {
                var first = block * BlockSize;
                var last = Math.Min(rows, first + BlockSize);
                var largest = 0f;
                for (var row = first; row < last; row++)
                {
                    largest = Math.Max(largest, Math.Abs(values[(row * columns) + column]));
                }

                var scale = largest > 0 ? largest / 127f : 1f;
                var at = ((column * blocksPerColumn) + block) * BlockSize;
                scales[(column * blocksPerColumn) + block] = scale;
                for (var i = 0; i < BlockSize; i++)
                {
                    var value = first + i < last ? values[((first + i) * columns) + column] / scale : 0f;
                    stored[at + i] = (byte)(Math.Clamp(MathF.Round(value), -127f, 127f) + 128);
                }
            }
        }

        return (
            OnnxTensor.Create(weight.Name + "_q8", OnnxTensor.UInt8, [columns, blocksPerColumn, BlockSize], stored),
            OnnxTensor.Create(weight.Name + "_scales", OnnxTensor.Float, [columns * blocksPerColumn], MemoryMarshal.AsBytes(scales.AsSpan()).ToArray()));
    }

    private sealed record Rewritten(List<OnnxNode> Nodes, List<OnnxTensor> Added, HashSet<string> QuantizedWeights);
}

using System.Runtime.InteropServices;
using PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

namespace PolicyBot.Knowledge.Tests.Retrieval.Semantic.Onnx;

/// <summary>A small ONNX model written field by field: x [1, rows] times a constant weight, plus an optional constant bias, then Relu.</summary>
internal static class TinyModel
{
    public static byte[] Linear(float[,] weight, float[]? bias)
    {
        var rows = weight.GetLength(0);
        var columns = weight.GetLength(1);
        List<byte[]> nodes = [Node("product", "MatMul", ["x", "w"], [bias is null ? "linear" : "product"])];
        List<byte[]> initializers = [Tensor("w", [rows, columns], weight.Cast<float>().ToArray())];
        if (bias is not null)
        {
            nodes.Add(Node("bias", "Add", ["product", "b"], ["linear"]));
            initializers.Add(Tensor("b", [columns], bias));
        }

        nodes.Add(Node("relu", "Relu", ["linear"], ["y"]));
        using var graph = new ProtoWriter();
        nodes.ForEach(node => graph.Bytes(1, node));
        graph.Text(2, "tiny");
        initializers.ForEach(tensor => graph.Bytes(5, tensor));
        graph.Bytes(11, ValueInfo("x", rows)).Bytes(12, ValueInfo("y", columns));

        using var opset = new ProtoWriter();
        using var model = new ProtoWriter();
        return model.Varint(1, 8).Bytes(8, opset.Text(1, string.Empty).Varint(2, 17).ToArray()).Bytes(7, graph.ToArray()).ToArray();
    }

    private static byte[] Node(string name, string op, string[] inputs, string[] outputs)
    {
        using var node = new ProtoWriter();
        foreach (var input in inputs)
        {
            node.Text(1, input);
        }

        foreach (var output in outputs)
        {
            node.Text(2, output);
        }

        return node.Text(3, name).Text(4, op).ToArray();
    }

    private static byte[] Tensor(string name, long[] dims, float[] values)
    {
        using var tensor = new ProtoWriter();
        foreach (var dim in dims)
        {
            tensor.Varint(1, dim);
        }

        return tensor.Varint(2, 1).Text(8, name).Bytes(9, MemoryMarshal.AsBytes(values.AsSpan())).ToArray();
    }

    // A float tensor of shape [1, width].
    private static byte[] ValueInfo(string name, int width)
    {
        using var one = new ProtoWriter();
        using var wide = new ProtoWriter();
        using var shape = new ProtoWriter();
        shape.Bytes(1, one.Varint(1, 1).ToArray()).Bytes(1, wide.Varint(1, width).ToArray());
        using var tensorType = new ProtoWriter();
        tensorType.Varint(1, 1).Bytes(2, shape.ToArray());
        using var type = new ProtoWriter();
        type.Bytes(1, tensorType.ToArray());
        using var info = new ProtoWriter();
        return info.Text(1, name).Bytes(2, type.ToArray()).ToArray();
    }
}

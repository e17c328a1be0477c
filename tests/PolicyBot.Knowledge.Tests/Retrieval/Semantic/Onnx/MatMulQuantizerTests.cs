using Microsoft.ML.OnnxRuntime;
using PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

namespace PolicyBot.Knowledge.Tests.Retrieval.Semantic.Onnx;

public sealed class MatMulQuantizerTests
{
    private static readonly float[,] Weight = { { 0.5f, -1.25f, 2f }, { -0.75f, 0.1f, 0.3f }, { 1.5f, 0.02f, -2.5f }, { 0f, 0.9f, 0.4f } };
    private static readonly float[] Bias = [0.25f, 1f, 3f];
    private static readonly float[] Input = [1f, -2f, 0.5f, 3f];

    [Fact]
    public void Quantize_MatMulThenBias_BecomesOneMatMulNBitsWithByteWeights()
    {
        var quantized = MatMulQuantizer.Quantize(TinyModel.Linear(Weight, Bias));

        var graph = ProtoRecord.ReadAll(ProtoRecord.ReadAll(quantized).Single(f => f.Field == 7).Payload);
        var nodes = graph.Where(f => f.Field == 1).Select(OnnxNode.Read).ToList();
        Assert.Equal(["MatMulNBits", "Relu"], nodes.Select(n => n.OpType));
        Assert.Equal(["x", "w_q8", "w_scales", "", "", "b"], nodes[0].Inputs);
        Assert.Equal(MatMulQuantizer.MicrosoftDomain, nodes[0].Domain);
        var tensors = graph.Where(f => f.Field == 5).Select(OnnxTensor.Read).ToDictionary(t => t.Name);
        Assert.DoesNotContain("w", tensors.Keys);
        Assert.Equal(OnnxTensor.UInt8, tensors["w_q8"].DataType);
        Assert.Equal([3L, 1L, MatMulQuantizer.BlockSize], tensors["w_q8"].Dims);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Quantize_TinyModel_RunsInOnnxRuntimeWithNearlyTheSameOutput(bool withBias)
    {
        var model = TinyModel.Linear(Weight, withBias ? Bias : null);

        var full = Run(model);
        var quantized = Run(MatMulQuantizer.Quantize(model));

        Assert.Equal(full.Length, quantized.Length);
        Assert.Contains(full, value => value > 1f);
        for (var i = 0; i < full.Length; i++)
        {
            // One part in 127 of the largest weight in a column, times inputs of up to 3, and the input's own rounding.
            Assert.True(Math.Abs(full[i] - quantized[i]) < 0.1f, $"{i}: {full[i]} vs {quantized[i]}");
        }
    }

    [Fact]
    public void Quantize_NoConstantMatMul_ReturnsTheModelUnchanged()
    {
        var model = TinyModel.Linear(Weight, Bias);
        var once = MatMulQuantizer.Quantize(model);

        Assert.Same(once, MatMulQuantizer.Quantize(once));
    }

    private static float[] Run(byte[] model)
    {
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(Input, [1, Input.Length]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["x"], [input], ["y"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}

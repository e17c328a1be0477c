namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>How a sentence model's weights are held when it runs.</summary>
public enum SentencePrecision
{
    /// <summary>As the model ships: 32-bit floats.</summary>
    Full,

    /// <summary>Matrix weights as 8-bit integers, a scale for every 16 (<see cref="Onnx.MatMulQuantizer"/>): about twice as fast, vectors within a fraction of a percent.</summary>
    Quantized,
}

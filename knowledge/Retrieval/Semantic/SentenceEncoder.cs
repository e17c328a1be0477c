using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;

namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>
/// A sentence-embedding model run offline on the CPU with ONNX Runtime: text in, a unit-length vector out, so
/// that the dot product of two vectors is their cosine similarity. Safe to call from several threads.
/// </summary>
public sealed class SentenceEncoder : IDisposable
{
    private const int BatchSize = 16;

    private static readonly ConcurrentDictionary<(string Folder, string Id, SentencePrecision Precision), Lazy<SentenceEncoder>> Loaded = new();

    private readonly InferenceSession _session;
    private readonly SentenceTokenizer _tokenizer;
    private readonly string[] _outputs;

    private SentenceEncoder(SentenceModel model, SentencePrecision precision, (string? Path, byte[]? Bytes) onnx, byte[] vocabulary, int threads)
    {
        Model = model;
        Precision = precision;
        using (var stream = new MemoryStream(vocabulary))
        {
            _tokenizer = new SentenceTokenizer(stream);
        }

        // One thread per inference by default: the bot answers several people at once on few cores, and a
        // question's 20-odd tokens are too little work to share out.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = onnx.Path is not null ? new InferenceSession(onnx.Path, options) : new InferenceSession(onnx.Bytes, options);
        _outputs = ["last_hidden_state"];
        Dimensions = (int)_session.OutputMetadata["last_hidden_state"].Dimensions[^1];
    }

    public SentenceModel Model { get; }

    /// <summary>How its weights are held.</summary>
    public SentencePrecision Precision { get; }

    /// <summary>Length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>
    /// The encoder for a model in a models folder, loaded once per process: reloading the policies, or a
    /// second knowledge base, reuses it rather than reading the weights again.
    /// </summary>
    /// <param name="modelsFolder">The folder of models (see <see cref="SentenceModelFiles"/>).</param>
    /// <param name="model">Which model.</param>
    /// <param name="precision">How its weights are held.</param>
    /// <param name="cacheFolder">Where the quantized model is kept once made; null to make it in memory at every load.</param>
    public static SentenceEncoder Shared(string modelsFolder, SentenceModel model, SentencePrecision precision = SentencePrecision.Full, string? cacheFolder = null)
    {
        ArgumentNullException.ThrowIfNull(modelsFolder);
        ArgumentNullException.ThrowIfNull(model);
        return Loaded.GetOrAdd((Path.GetFullPath(modelsFolder), model.Id, precision), key => new Lazy<SentenceEncoder>(() => Load(key.Folder, model, 1, precision, cacheFolder))).Value;
    }

    /// <summary>Loads a model's files from a models folder (see <see cref="SentenceModelFiles"/>).</summary>
    public static SentenceEncoder Load(string modelsFolder, SentenceModel model, int threads = 1, SentencePrecision precision = SentencePrecision.Full, string? cacheFolder = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var onnx = precision == SentencePrecision.Quantized
            ? QuantizedModelFile.Get(modelsFolder, model, cacheFolder)
            : (null, SentenceModelFiles.ReadModel(modelsFolder, model));
        return new SentenceEncoder(model, precision, onnx, SentenceModelFiles.ReadVocabulary(modelsFolder, model), threads);
    }

    /// <summary>The name a model's vectors are cached under: vectors of the same text differ slightly between precisions and quantizers.</summary>
    public static string CacheId(SentenceModel model, SentencePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(model);
        return precision == SentencePrecision.Full ? model.Id : $"{model.Id}.q8-{Onnx.MatMulQuantizer.Version}";
    }

    /// <summary>A question's vector, with the model's query prefix.</summary>
    public float[] EncodeQuery(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Encode([_tokenizer.Encode(Model.QueryPrefix + question, Model.MaxTokens)])[0];
    }

    /// <summary>Passages' vectors, in order; encoded in batches of similar length so little is padding.</summary>
    public float[][] EncodePassages(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = texts.Select(text => _tokenizer.Encode(text, Model.MaxTokens)).ToArray();
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        foreach (var batch in order.Chunk(BatchSize))
        {
            var encoded = Encode(batch.Select(i => tokens[i]).ToArray());
            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i]] = encoded[i];
            }
        }

        return vectors;
    }

    /// <summary>A text's word-piece vectors (see <see cref="TokenVectors"/>); a question gets the model's query prefix.</summary>
    internal TokenVectors EncodeTokens(string text, bool query)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = _tokenizer.Encode(query ? Model.QueryPrefix + text : text, Model.MaxTokens, out var words, out var wordOf);
        var vectors = Run([ids], (hidden, length) =>
        {
            var flat = hidden[..(ids.Length * Dimensions)].ToArray();
            for (var t = 0; t < ids.Length; t++)
            {
                var row = flat.AsSpan(t * Dimensions, Dimensions);
                var norm = System.Numerics.Tensors.TensorPrimitives.Norm(row);
                if (norm > 0)
                {
                    System.Numerics.Tensors.TensorPrimitives.Divide(row, norm, row);
                }
            }

            return new[] { flat };
        })[0];
        return new TokenVectors(words, wordOf, vectors, Dimensions);
    }

    /// <summary>The word-piece ids a text becomes, for checking the tokenizer.</summary>
    internal int[] Tokens(string text) => _tokenizer.Encode(text, Model.MaxTokens);

    /// <summary>The same ids with each one's word, as <see cref="EncodeTokens"/> reads them, for checking the tokenizer.</summary>
    internal int[] Tokens(string text, out string[] words, out int[] wordOf) => _tokenizer.Encode(text, Model.MaxTokens, out words, out wordOf);

    private float[][] Encode(int[][] batch) => Run(batch, (hidden, length) =>
    {
        var vectors = new float[batch.Length][];
        for (var b = 0; b < batch.Length; b++)
        {
            vectors[b] = Pool(hidden.Slice(b * length * Dimensions, length * Dimensions), batch[b].Length);
        }

        return vectors;
    });

    // Runs the model on a batch (padded to its longest) and hands its last hidden state to read.
    private float[][] Run(int[][] batch, HiddenReader read)
    {
        var length = batch.Max(ids => ids.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var b = 0; b < batch.Length; b++)
        {
            for (var t = 0; t < batch[b].Length; t++)
            {
                ids[(b * length) + t] = batch[b][t];
                mask[(b * length) + t] = 1;
            }
        }

        long[] shape = [batch.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], _outputs);
        return read(outputs[0].GetTensorDataAsSpan<float>(), length);
    }

    private float[] Pool(ReadOnlySpan<float> tokens, int count)
    {
        var vector = new float[Dimensions];
        var used = Model.Pooling == SentencePooling.Cls ? 1 : count;
        for (var t = 0; t < used; t++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(vector, tokens.Slice(t * Dimensions, Dimensions), vector);
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    public void Dispose() => _session.Dispose();

    private delegate float[][] HiddenReader(ReadOnlySpan<float> hidden, int length);
}

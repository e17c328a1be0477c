using PolicyBot.Knowledge.Retrieval.Semantic;
using PolicyBot.Knowledge.Retrieval.Semantic.Onnx;
using PolicyBot.Knowledge.Tests.Retrieval.Semantic.Onnx;

namespace PolicyBot.Knowledge.Tests.Retrieval.Semantic;

public sealed class QuantizedModelFileTests
{
    private static readonly float[,] Weight = { { 0.5f, -1f }, { 2f, 0.25f } };

    [Fact]
    public void Get_SecondStart_LoadsTheFileTheFirstMade()
    {
        var (models, cache) = Folders(TinyModel.Linear(Weight, null));
        var first = QuantizedModelFile.Get(models, SentenceModel.MiniLM, cache);
        Assert.Null(first.Bytes);
        Assert.Equal(MatMulQuantizer.Quantize(TinyModel.Linear(Weight, null)), File.ReadAllBytes(first.Path!));
        File.WriteAllText(first.Path!, "made earlier");

        var second = QuantizedModelFile.Get(models, SentenceModel.MiniLM, cache);

        Assert.Equal(first.Path, second.Path);
        Assert.Equal("made earlier", File.ReadAllText(second.Path!));
    }

    [Fact]
    public void Get_ModelReplaced_MakesANewFileAndDeletesTheOld()
    {
        var (models, cache) = Folders(TinyModel.Linear(Weight, null));
        var old = QuantizedModelFile.Get(models, SentenceModel.MiniLM, cache).Path!;
        var replaced = TinyModel.Linear(new float[,] { { 1f, 2f, 3f }, { 4f, 5f, 6f } }, null);
        File.WriteAllBytes(Path.Combine(models, SentenceModel.MiniLM.Id, "model.onnx"), replaced);

        var fresh = QuantizedModelFile.Get(models, SentenceModel.MiniLM, cache).Path!;

        Assert.NotEqual(old, fresh);
        Assert.False(File.Exists(old));
        Assert.Equal(MatMulQuantizer.Quantize(replaced), File.ReadAllBytes(fresh));
    }

    [Fact]
    public void Get_FolderCannotBeWritten_ReturnsTheQuantizedModel()
    {
        var (models, cache) = Folders(TinyModel.Linear(Weight, null));
        File.WriteAllText(cache, "a file where the folder should be");

        var result = QuantizedModelFile.Get(models, SentenceModel.MiniLM, Path.Combine(cache, "vectors"));

        Assert.Null(result.Path);
        Assert.Equal(MatMulQuantizer.Quantize(TinyModel.Linear(Weight, null)), result.Bytes);
    }

    private static (string Models, string Cache) Folders(byte[] model)
    {
        var root = Directory.CreateTempSubdirectory("quantized-model").FullName;
        var folder = Directory.CreateDirectory(Path.Combine(root, "models", SentenceModel.MiniLM.Id)).FullName;
        File.WriteAllBytes(Path.Combine(folder, "model.onnx"), model);
        File.WriteAllText(Path.Combine(folder, "vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n");
        return (Path.Combine(root, "models"), Path.Combine(root, "cache"));
    }
}

using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Tests.Retrieval.Semantic;

public sealed class VectorCacheTests
{
    private static readonly string[] Texts = ["Be safe: prisoners use social media to find staff.", "Vacation time: 18 days a year.", "Travel: book flights early."];

    private int _encoded;

    [Fact]
    public void Vectors_RestartWithUnchangedDocuments_EncodesNothing()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var first = VectorCache.Open(folder, "test-model");
        var before = first.Vectors(Texts, Encode);
        Assert.True(first.Save());
        Assert.Equal(Texts.Length, _encoded);

        var restarted = VectorCache.Open(folder, "test-model");
        var after = restarted.Vectors(Texts, Encode);

        Assert.Equal(Texts.Length, _encoded);
        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(before[i], after[i]);
        }
    }

    [Fact]
    public void Vectors_OnePassageChanged_EncodesThatOneOnly()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var first = VectorCache.Open(folder, "test-model");
        first.Vectors(Texts, Encode);
        first.Save();

        VectorCache.Open(folder, "test-model").Vectors([Texts[0], "Vacation time: 20 days a year.", Texts[2]], Encode);

        Assert.Equal(Texts.Length + 1, _encoded);
    }

    [Fact]
    public void Open_AnotherModelsFileOrABrokenOne_StartsEmpty()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var first = VectorCache.Open(folder, "test-model");
        first.Vectors(Texts, Encode);
        first.Save();

        Assert.Equal(0, VectorCache.Open(folder, "other-model").Count);
        var path = Path.Combine(folder, "test-model.vectors");
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..40]);
        Assert.Equal(0, VectorCache.Open(folder, "test-model").Count);
    }

    private float[][] Encode(IReadOnlyList<string> texts)
    {
        _encoded += texts.Count;
        return texts.Select(text => new[] { text.Length, 1f, 2f }).ToArray();
    }
}

using System.Text.Json;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Tests.Retrieval.Semantic;

public sealed class SentenceEncoderTests
{
    private static SentenceEncoder Encoder => SentenceEncoder.Shared(TestPolicies.ModelsFolder, SentenceModel.MiniLM);

    private static SentenceEncoder Quantized => SentenceEncoder.Shared(TestPolicies.ModelsFolder, SentenceModel.MiniLM, SentencePrecision.Quantized);

    /// <summary>
    /// TestData/wordpiece-reference.jsonl holds the ids the reference WordPiece tokenizer (Hugging Face's
    /// BertNormalizer, BertPreTokenizer and WordPiece, uncased, as in all-MiniLM-L6-v2's tokenizer.json; run
    /// through the @huggingface/tokenizers port) gives for text that trips tokenizers up: line breaks and tabs,
    /// symbols, accents and macrons, emoji, zero-width and soft-hyphen characters, and random strings.
    /// </summary>
    [Fact]
    public void Tokens_TrickyText_AreTheReferenceTokenizersIds()
    {
        foreach (var line in File.ReadLines(TestPolicies.TestData("wordpiece-reference.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;
            var expected = json.RootElement.GetProperty("ids").EnumerateArray().Select(id => id.GetInt32()).ToArray();

            Assert.True(expected.SequenceEqual(Encoder.Tokens(text)), $"{JsonSerializer.Serialize(text)}: expected [{string.Join(",", expected)}], got [{string.Join(",", Encoder.Tokens(text))}]");
        }
    }

    [Fact]
    public void Tokens_WithWords_SameIdsAndEachPieceNamesItsWord()
    {
        foreach (var line in File.ReadLines(TestPolicies.TestData("wordpiece-reference.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;

            var ids = Encoder.Tokens(text, out var words, out var wordOf);

            Assert.Equal(Encoder.Tokens(text), ids);
            Assert.Equal([-1, .. wordOf[1..^1].Order(), -1], wordOf);
        }

        Encoder.Tokens("flibbertigibbet benefits", out var split, out var owners);
        Assert.Equal(["flibbertigibbet", "benefits"], split);
        Assert.True(owners.Count(w => w == 0) > 1, "a long word is several pieces, each naming it");
    }

    [Fact]
    public void EncodeTokens_Text_OneUnitVectorPerPiece()
    {
        var tokens = Encoder.EncodeTokens("Public holidays are paid", query: false);

        Assert.Equal(Encoder.Tokens("Public holidays are paid").Length, tokens.Count);
        Assert.All(Enumerable.Range(0, tokens.Count), t => Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.Norm(tokens[t]), 3));
    }

    [Fact]
    public void Tokens_LineBreakBetweenWords_SplitsThem()
    {
        Assert.Equal(Encoder.Tokens("fb linkedin"), Encoder.Tokens("fb\nlinkedin"));
    }

    [Fact]
    public void EncodeQuery_RelatedAndUnrelatedText_RelatedIsCloser()
    {
        var question = Encoder.EncodeQuery("how many vacation days do we get?");
        var passages = Encoder.EncodePassages(["You get 18 days of paid time off a year, plus holidays.", "Expense reports are due within 30 days of purchase."]);

        var related = System.Numerics.Tensors.TensorPrimitives.Dot(question, passages[0]);
        var unrelated = System.Numerics.Tensors.TensorPrimitives.Dot(question, passages[1]);
        Assert.True(related > unrelated + 0.1, $"related {related}, unrelated {unrelated}");
        Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.Norm(question), 3);
    }

    [Fact]
    public void EncodePassages_BatchedOrAlone_GivesTheSameVectors()
    {
        string[] texts = ["Short one.", "A much longer passage about travel, flights, hotels and the per diem that applies abroad.", "Mid length text here."];

        var batched = Encoder.EncodePassages(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            var alone = Encoder.EncodePassages([texts[i]])[0];
            Assert.True(System.Numerics.Tensors.TensorPrimitives.Dot(alone, batched[i]) > 0.9999f, texts[i]);
        }
    }

    [Fact]
    public void EncodePassages_Quantized_PointTheSameWayAsFullPrecisionForEveryShippedPassage()
    {
        var texts = TestPolicies.WithLibrary.Index.Passages.Select(p => p.Text).ToList();

        var full = Encoder.EncodePassages(texts);
        var quantized = Quantized.EncodePassages(texts);

        var worst = Enumerable.Range(0, texts.Count).MinBy(i => System.Numerics.Tensors.TensorPrimitives.Dot(full[i], quantized[i]));
        var cosine = System.Numerics.Tensors.TensorPrimitives.Dot(full[worst], quantized[worst]);
        Assert.True(cosine > 0.995f, $"{texts[worst]}: cosine {cosine}");
    }

    [Fact]
    public void EncodeQuery_Quantized_FindsTheSameNearestPassageAsFullPrecisionForNearlyEveryQuestion()
    {
        var passages = TestPolicies.WithLibrary.Index.Passages.Select(p => p.Text).ToList();
        var fullPassages = Encoder.EncodePassages(passages);
        var quantizedPassages = Quantized.EncodePassages(passages);
        var questions = Knowledge.Evaluation.Evaluator.ReadCases(TestPolicies.TestData("eval-dev.jsonl")).Select(c => c.Question).ToList();

        var same = questions.Count(question =>
            Nearest(Encoder.EncodeQuery(question), fullPassages) == Nearest(Quantized.EncodeQuery(question), quantizedPassages));

        Assert.True(same >= questions.Count * 0.93, $"{same} of {questions.Count}");
    }

    [Fact]
    public void EncodePassages_QuantizedBatchedOrAlone_GivesTheSameVectors()
    {
        string[] texts = ["Short one.", "A much longer passage about travel, flights, hotels and the per diem that applies abroad.", "Mid length text here."];

        var batched = Quantized.EncodePassages(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(System.Numerics.Tensors.TensorPrimitives.Dot(Quantized.EncodePassages([texts[i]])[0], batched[i]) > 0.9999f, texts[i]);
        }
    }

    private static int Nearest(float[] question, float[][] passages) =>
        Enumerable.Range(0, passages.Length).MaxBy(i => System.Numerics.Tensors.TensorPrimitives.Dot(question, passages[i]));
}

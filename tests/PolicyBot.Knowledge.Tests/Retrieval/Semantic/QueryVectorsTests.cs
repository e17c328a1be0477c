using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Tests.Retrieval.Semantic;

public sealed class QueryVectorsTests
{
    private static SentenceEncoder Encoder => SentenceEncoder.Shared(TestPolicies.ModelsFolder, SentenceModel.MiniLM, SentencePrecision.Quantized);

    [Fact]
    public void Of_KeepNoneAskedAgainWithinOneAnswer_EncodesOnce()
    {
        var vectors = new QueryVectors(Encoder, capacity: 0);

        var search = vectors.Of("can I post about my job on facebook?");
        var quote = vectors.Of("can I post about my job on facebook?");

        Assert.Same(search, quote);
    }

    [Fact]
    public void Of_ManyOtherQuestionsSince_EncodesAgain()
    {
        var vectors = new QueryVectors(Encoder, capacity: 0);
        var first = vectors.Of("question 0");
        for (var i = 1; i <= 20; i++)
        {
            vectors.Of($"question {i}");
        }

        var again = vectors.Of("question 0");

        Assert.NotSame(first, again);
        Assert.Equal(first, again);
    }
}

using Lucene.Net.Search.Similarities;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>Lucene's BM25 with the parameters PolicyBot indexes with, and its length decoding opened up for <see cref="Bm25Postings"/>.</summary>
internal sealed class PolicySimilarity : BM25Similarity
{
    // Less length normalisation than Lucene's default (b = 0.75): a four-word bullet in a list of document
    // names should not outrank the paragraph that actually discusses the question.
    public const float Saturation = 1.2f;
    public const float LengthWeight = 0.5f;

    public PolicySimilarity()
        : base(Saturation, LengthWeight)
    {
    }

    /// <summary>The field length Lucene stored, lossily, in a one-byte norm.</summary>
    public float LengthOf(long norm) => DecodeNormValue((byte)norm);

    public float IdfOf(long docFreq, long docCount) => Idf(docFreq, docCount);
}

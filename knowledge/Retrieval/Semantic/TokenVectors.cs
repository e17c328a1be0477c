namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>
/// A text's word-piece vectors from the sentence model's last layer, each of unit length, before they are
/// pooled into the sentence vector: what tells which of a question's words a passage supports.
/// </summary>
/// <param name="Words">The text's words as the model reads them (lower case, punctuation apart).</param>
/// <param name="WordOf">For each piece, its word in <paramref name="Words"/>; -1 for [CLS] and [SEP].</param>
/// <param name="Vectors">The pieces' vectors, one after another, <paramref name="Dimensions"/> numbers each.</param>
/// <param name="Dimensions">Length of each vector.</param>
internal sealed record TokenVectors(string[] Words, int[] WordOf, float[] Vectors, int Dimensions)
{
    /// <summary>How many pieces, [CLS] and [SEP] included.</summary>
    public int Count => WordOf.Length;

    /// <summary>One piece's vector.</summary>
    public ReadOnlySpan<float> this[int piece] => Vectors.AsSpan(piece * Dimensions, Dimensions);
}

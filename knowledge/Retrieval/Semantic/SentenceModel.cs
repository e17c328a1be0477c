namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>A sentence-embedding model PolicyBot can run: where its files are and how it turns tokens into one vector.</summary>
/// <param name="Id">Its folder under models/ and its name in the vector cache.</param>
/// <param name="Pooling">How the token vectors become one.</param>
/// <param name="QueryPrefix">Words put before a question (not a passage), as the model was trained.</param>
/// <param name="MaxTokens">Longest input, in word pieces with [CLS] and [SEP]; longer text is cut.</param>
public sealed record SentenceModel(string Id, SentencePooling Pooling, string QueryPrefix, int MaxTokens)
{
    /// <summary>sentence-transformers/all-MiniLM-L6-v2: mean of the token vectors.</summary>
    public static SentenceModel MiniLM { get; } = new("all-minilm-l6-v2", SentencePooling.Mean, string.Empty, 256);

    /// <summary>Snowflake/snowflake-arctic-embed-xs: the [CLS] vector, questions prefixed as it was trained.</summary>
    public static SentenceModel ArcticXs { get; } = new("snowflake-arctic-embed-xs", SentencePooling.Cls, "Represent this sentence for searching relevant passages: ", 256);

    /// <summary>The model called <paramref name="id"/>, or null when PolicyBot knows none by that name.</summary>
    public static SentenceModel? Named(string id) =>
        new[] { MiniLM, ArcticXs }.FirstOrDefault(model => string.Equals(model.Id, id, StringComparison.OrdinalIgnoreCase));
}

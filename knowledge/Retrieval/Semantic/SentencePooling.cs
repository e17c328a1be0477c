namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>How a model's token vectors become one sentence vector.</summary>
public enum SentencePooling
{
    /// <summary>The average of the token vectors, padding left out.</summary>
    Mean,

    /// <summary>The first token's vector.</summary>
    Cls,
}

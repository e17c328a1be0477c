namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>The sentence model a library is searched with, and where its passage vectors are kept.</summary>
/// <param name="Encoder">The model, loading: it loads while the documents are indexed by their words.</param>
/// <param name="Cache">Passage vectors by text and model, on disk.</param>
/// <param name="QueryCacheSize">How many recent questions' vectors are kept (0: only those being answered).</param>
public sealed record SemanticSearch(Task<SentenceEncoder> Encoder, VectorCache Cache, int QueryCacheSize = 512);

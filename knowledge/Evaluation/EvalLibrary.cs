using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// The knowledge an evaluation runs against: <c>--library DIR</c> loads a folder of documents as the
/// knowledge base, alone or, with <c>--with-shipped</c>, beside the shipped policies and their data files.
/// </summary>
public static class EvalLibrary
{
    /// <summary>The options followed by a value: the library folder, a file for the features, a sentence model.</summary>
    public static IReadOnlyList<string> ValueOptions { get; } = ["--library", "--features", "--model"];

    /// <summary>The library folder named on the command line, or null when there is none.</summary>
    public static string? Folder(IReadOnlyList<string> args) => Option(args, "--library");

    /// <summary>The value after an option on the command line, or null.</summary>
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }

    /// <summary>The knowledge to evaluate: the shipped one, or a library loaded as the arguments say.</summary>
    public static PolicyKnowledgeBase For(IReadOnlyList<string> args, PolicyKnowledgeBase shipped, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        if (Option(args, "--model") is { } model)
        {
            return With(shipped, shipped.Options.Ranking, shipped.Options.Confidence, args, time, model);
        }

        if (Folder(args) is not { } library)
        {
            return shipped;
        }

        if (!Directory.Exists(library))
        {
            throw new DirectoryNotFoundException($"No such library folder: {library}");
        }

        var beside = args.Contains("--with-shipped") ? shipped.Folder : null;
        return PolicyKnowledgeBase.Load(beside, [library], shipped.Options, time);
    }

    /// <summary>The same knowledge again with other models, to report on a fit at once.</summary>
    public static PolicyKnowledgeBase With(PolicyKnowledgeBase knowledge, ConfidenceModel ranking, ConfidenceModel confidence, IReadOnlyList<string> args, TimeProvider time, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var options = new KnowledgeOptions
        {
            MinConfidence = knowledge.Options.MinConfidence,
            MaxCitations = knowledge.Options.MaxCitations,
            CitationScoreRatio = knowledge.Options.CitationScoreRatio,
            SemanticModel = model ?? knowledge.Options.SemanticModel,
            ModelPrecision = knowledge.Options.ModelPrecision,
            ModelsFolder = knowledge.Options.ModelsFolder,
            VectorCacheFolder = knowledge.Options.VectorCacheFolder,
            QueryCacheSize = knowledge.Options.QueryCacheSize,
            Ranking = ranking,
            Confidence = confidence,
        };
        var library = Folder(args);
        return library is null
            ? PolicyKnowledgeBase.Load(knowledge.Folder!, options, time)
            : PolicyKnowledgeBase.Load(args.Contains("--with-shipped") ? knowledge.Folder : null, [library], options, time);
    }
}

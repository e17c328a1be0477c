using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// The knowledge an evaluation runs against: <c>--library DIR</c> loads a folder of documents as the
/// knowledge base, alone or, with <c>--with-shipped</c>, beside the shipped policies and their data files.
/// </summary>
public static class EvalLibrary
{
    /// <summary>The options followed by a value: the library folder, a file for the features, a file for the cases, a sentence model, folds, sets scored only, features left out, the fit's recipe.</summary>
    public static IReadOnlyList<string> ValueOptions { get; } = ["--library", "--features", "--dump", "--model", "--folds", "--score", "--off", "--fit"];

    /// <summary>The library folders named on the command line (<c>--library</c> may be given more than once).</summary>
    public static IReadOnlyList<string> Folders(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Select((arg, i) => (arg, i)).Where(x => x.arg == "--library" && x.i + 1 < args.Count).Select(x => args[x.i + 1]).ToList();
    }

    /// <summary>The value after an option on the command line, or null.</summary>
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }

    /// <summary>
    /// The features <c>--off N,M</c> leaves out of the fits (numbered from 0 in <see cref="ConfidenceModel.FeatureNames"/>):
    /// none without the option, null when a value is not a feature's number.
    /// </summary>
    public static IReadOnlySet<int>? FeaturesOff(IReadOnlyList<string> args)
    {
        var off = new HashSet<int>();
        foreach (var value in (Option(args, "--off") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var feature) || feature >= ConfidenceModel.FeatureNames.Count)
            {
                return null;
            }

            off.Add(feature);
        }

        return off;
    }

    /// <summary>The knowledge to evaluate: the shipped one, or a library loaded as the arguments say.</summary>
    public static PolicyKnowledgeBase For(IReadOnlyList<string> args, PolicyKnowledgeBase shipped, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        if (Option(args, "--model") is { } model)
        {
            return With(shipped, shipped.Options.Ranking, shipped.Options.Confidence, args, time, model);
        }

        var libraries = Folders(args);
        if (libraries.Count == 0)
        {
            return shipped;
        }

        if (libraries.FirstOrDefault(library => !Directory.Exists(library)) is { } missing)
        {
            throw new DirectoryNotFoundException($"No such library folder: {missing}");
        }

        var beside = args.Contains("--with-shipped") ? shipped.Folder : null;
        return PolicyKnowledgeBase.Load(beside, libraries, shipped.Options, time);
    }

    /// <summary>The same knowledge again with other models, to report on a fit at once.</summary>
    public static PolicyKnowledgeBase With(PolicyKnowledgeBase knowledge, SplitModel ranking, SplitModel confidence, IReadOnlyList<string> args, TimeProvider time, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var options = new KnowledgeOptions
        {
            MinConfidence = knowledge.Options.MinConfidence,
            MaxCitations = knowledge.Options.MaxCitations,
            Organisation = knowledge.Options.Organisation,
            CitationScoreRatio = knowledge.Options.CitationScoreRatio,
            UntunedCitationScoreRatio = knowledge.Options.UntunedCitationScoreRatio,
            SemanticModel = model ?? knowledge.Options.SemanticModel,
            ModelPrecision = knowledge.Options.ModelPrecision,
            ModelsFolder = knowledge.Options.ModelsFolder,
            VectorCacheFolder = knowledge.Options.VectorCacheFolder,
            QueryCacheSize = knowledge.Options.QueryCacheSize,
            Ranking = ranking,
            Confidence = confidence,
        };
        var libraries = Folders(args);
        return libraries.Count == 0
            ? PolicyKnowledgeBase.Load(knowledge.Folder!, options, time)
            : PolicyKnowledgeBase.Load(args.Contains("--with-shipped") ? knowledge.Folder : null, libraries, options, time);
    }
}

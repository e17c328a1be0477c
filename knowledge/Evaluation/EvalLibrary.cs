namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// The knowledge an evaluation runs against: <c>--library DIR</c> loads a folder of documents as the
/// knowledge base, alone or, with <c>--with-shipped</c>, beside the shipped policies and their data files.
/// </summary>
public static class EvalLibrary
{
    /// <summary>The library folder named on the command line, or null when there is none.</summary>
    public static string? Folder(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = args.ToList().IndexOf("--library");
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }

    /// <summary>The knowledge to evaluate: the shipped one, or a library loaded as the arguments say.</summary>
    public static PolicyKnowledgeBase For(IReadOnlyList<string> args, PolicyKnowledgeBase shipped, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(shipped);
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
}

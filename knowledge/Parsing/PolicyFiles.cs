namespace PolicyBot.Knowledge.Parsing;

/// <summary>The policies read from a folder, and the files that were left out with why.</summary>
/// <param name="Documents">Every policy that could be read, in file-name order.</param>
/// <param name="Warnings">One line per file left out, naming the file and the reason.</param>
public sealed record PolicyFiles(IReadOnlyList<Documents.PolicyDocument> Documents, IReadOnlyList<string> Warnings)
{
    /// <summary>No folder read: no documents and nothing to warn about.</summary>
    public static PolicyFiles None { get; } = new([], []);
}

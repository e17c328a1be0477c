using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// What someone wrote for one policy to help the bot answer it: synonyms, example questions filed under its
/// sections, questions near it that it does not answer, and phrases that mark such questions. All optional:
/// a policy without any is answered from its own words. None of it is applied to another policy.
/// </summary>
/// <param name="Synonyms">knowledge/synonyms/&lt;policy&gt;.txt.</param>
/// <param name="Examples">knowledge/examples/&lt;policy&gt;.txt and &lt;policy&gt;.not-covered.txt.</param>
/// <param name="Uncovered">knowledge/not-covered/&lt;policy&gt;.txt: phrases this policy never answers.</param>
public sealed record DocumentTuning(SynonymTable Synonyms, ExampleQuestions Examples, UncoveredTopics Uncovered)
{
    public const string SynonymsFolder = "synonyms";
    public const string ExamplesFolder = "examples";
    public const string NotCoveredFolder = "not-covered";

    public static DocumentTuning None { get; } = new(SynonymTable.Empty, ExampleQuestions.Empty, UncoveredTopics.Empty);

    /// <summary>Whether anything was written for the policy.</summary>
    public bool Any => Examples.Any || Synonyms.LongestPhrase > 1 || Synonyms.Words.Any() || Uncovered.Count > 0;

    /// <summary>Each loaded policy's tuning from a knowledge folder, and warnings for files that name no policy.</summary>
    public static (Dictionary<string, DocumentTuning> ByPolicy, IReadOnlyList<string> Warnings) LoadFolder(string folder, IReadOnlyList<PolicyDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var examples = ExampleQuestions.LoadFolder(Path.Combine(folder, ExamplesFolder), documents);
        var warnings = new List<string>(examples.Warnings);
        var byPolicy = new Dictionary<string, DocumentTuning>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var synonyms = Path.Combine(folder, SynonymsFolder, document.Id + ".txt");
            var uncovered = Path.Combine(folder, NotCoveredFolder, document.Id + ".txt");
            byPolicy[document.Id] = new DocumentTuning(
                File.Exists(synonyms) ? SynonymTable.Load(synonyms) : SynonymTable.Empty,
                examples.Only(document.Id),
                File.Exists(uncovered) ? UncoveredTopics.Load(uncovered) : UncoveredTopics.Empty);
        }

        foreach (var sub in (string[])[SynonymsFolder, NotCoveredFolder])
        {
            var path = Path.Combine(folder, sub);
            foreach (var file in Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.txt") : [])
            {
                if (!byPolicy.ContainsKey(Path.GetFileNameWithoutExtension(file)))
                {
                    warnings.Add($"{file}: no policy is called '{Path.GetFileNameWithoutExtension(file)}', so it was left out. Name the file after a policy in the policies folder.");
                }
            }
        }

        return (byPolicy, warnings);
    }
}

using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Questions filed under the section that answers them. They carry the everyday words staff use and a
/// policy never does ("tagged", "uniform", "journo") to the section those words mean. Read from
/// <c>examples/&lt;policy file name&gt;.txt</c>, which the Communications team adds to when a question is
/// answered wrongly: a <c>## section path</c> line, then one question a line. Questions near a policy that it
/// does not answer go in <c>examples/&lt;policy file name&gt;.not-covered.txt</c>, one a line, for when one was
/// answered that should have been handed to a person. Both help only the policy they are named after. A question filed where no section is (a heading mistyped, or a section renamed in
/// the policy) is left out with a warning rather than stopping the policies from loading.
/// </summary>
public sealed class ExampleQuestions
{
    /// <summary>How a policy's file of questions it does not answer ends, after the policy's file name.</summary>
    public const string NotCoveredSuffix = ".not-covered.txt";

    private readonly Dictionary<string, List<string>> _bySection;
    private readonly Dictionary<string, List<string>> _notCovered;

    private ExampleQuestions(Dictionary<string, List<string>> bySection, Dictionary<string, List<string>> notCovered, IReadOnlyList<string> warnings)
    {
        _bySection = bySection;
        _notCovered = notCovered;
        Warnings = warnings;
    }

    public static ExampleQuestions Empty { get; } = new(new Dictionary<string, List<string>>(StringComparer.Ordinal), new Dictionary<string, List<string>>(StringComparer.Ordinal), []);

    /// <summary>What was left out and why, naming the file and line, for whoever edits the files.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>How many questions are filed under sections, over all policies.</summary>
    public int Count => _bySection.Values.Sum(questions => questions.Count);

    /// <summary>Every question filed under a section.</summary>
    public IEnumerable<string> Covered => _bySection.Values.SelectMany(questions => questions);

    /// <summary>Questions near the policies that they do not answer.</summary>
    public IReadOnlyList<string> NotCovered => _notCovered.Values.SelectMany(questions => questions).ToList();

    /// <summary>Whether any question is filed for the policy.</summary>
    public bool Any => _bySection.Count > 0 || _notCovered.Count > 0;

    /// <summary>One policy's questions alone: what its index may learn from, and no other's.</summary>
    public ExampleQuestions Only(string policyId)
    {
        var prefix = policyId + "#";
        return new ExampleQuestions(
            _bySection.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal),
            _notCovered.Where(pair => pair.Key == policyId).ToDictionary(StringComparer.Ordinal),
            []);
    }

    /// <summary>The questions filed under one section of one policy, or an empty list.</summary>
    public IReadOnlyList<string> For(string policyId, string sectionId) =>
        _bySection.TryGetValue(Key(policyId, sectionId), out var questions) ? questions : [];

    /// <summary>Reads every <c>.txt</c> file of the folder; each is named after a loaded policy, with <see cref="NotCoveredSuffix"/> for the questions it does not answer.</summary>
    public static ExampleQuestions LoadFolder(string folder, IReadOnlyList<PolicyDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!Directory.Exists(folder))
        {
            return Empty;
        }

        var all = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var notCovered = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> warnings = [];
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var isNotCovered = name.EndsWith(NotCoveredSuffix, StringComparison.OrdinalIgnoreCase);
            var id = isNotCovered ? name[..^NotCoveredSuffix.Length] : Path.GetFileNameWithoutExtension(path);
            var document = documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
            if (document is null)
            {
                warnings.Add($"{path}: no policy is called '{id}', so its questions were left out. Name the file after a policy in the policies folder ({string.Join(", ", documents.Select(d => d.Id + ".txt"))}), adding {NotCoveredSuffix} for questions it does not answer.");
                continue;
            }

            if (isNotCovered)
            {
                notCovered[document.Id] = DataLines.Text(File.ReadLines(path)).ToList();
                continue;
            }

            var parsed = Parse(File.ReadLines(path), document, path);
            warnings.AddRange(parsed.Warnings);
            foreach (var (key, questions) in parsed._bySection)
            {
                all[key] = questions;
            }
        }

        return new ExampleQuestions(all, notCovered, warnings);
    }

    /// <summary>Reads one policy's questions; blank lines and lines starting with a single # are ignored.</summary>
    public static ExampleQuestions Parse(IEnumerable<string> lines, PolicyDocument document, string source = "examples")
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(document);
        var bySection = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var warnings = new List<string>();
        List<string>? current = null;
        var headed = false;
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                headed = true;
                var heading = line.TrimStart('#').Trim();
                var sectionId = SectionIdOf(document, heading, out var problem);
                if (sectionId is null)
                {
                    warnings.Add($"{source}, line {lineNumber}: {problem}, so the questions under it were left out. Use one of: {string.Join("; ", SectionPaths(document))}.");
                    current = null;
                    continue;
                }

                var key = Key(document.Id, sectionId);
                if (!bySection.TryGetValue(key, out current))
                {
                    bySection[key] = current = [];
                }
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                if (current is not null)
                {
                    current.Add(line);
                }
                else if (!headed)
                {
                    // Said once, for the first such line: under a wrong heading, the heading's warning says it.
                    warnings.Add($"{source}, line {lineNumber}: questions come before any '## section' line, so they were left out.");
                    headed = true;
                }
            }
        }

        return new ExampleQuestions(bySection, new Dictionary<string, List<string>>(StringComparer.Ordinal), warnings);
    }

    // Only a section with text of its own can be cited; a heading over subsections alone cannot.
    private static string? SectionIdOf(PolicyDocument document, string heading, out string problem)
    {
        problem = string.Empty;
        if (string.Equals(heading, PassageBuilder.DocumentDetails, StringComparison.OrdinalIgnoreCase))
        {
            return Slug.Of(PassageBuilder.DocumentDetails);
        }

        var section = document.FindSection(heading);
        if (section is null || section.Blocks.Count == 0)
        {
            problem = section is null ? $"the {document.Title} has no section '{heading}'" : $"'{heading}' has no text of its own, only subsections";
            return null;
        }

        return section.Id;
    }

    private static IEnumerable<string> SectionPaths(PolicyDocument document) =>
        document.AllSections().Where(section => section.Blocks.Count > 0).Select(section => section.Path).Prepend(PassageBuilder.DocumentDetails);

    private static string Key(string policyId, string sectionId) => policyId + "#" + sectionId;
}

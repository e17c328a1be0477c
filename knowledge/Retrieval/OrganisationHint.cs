using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// A load warning for an admin who added an organisation's documents and named no organisation for them: the
/// word that looks like its name ("GitLab"), when one does. A hint only; nothing answered depends on it.
/// </summary>
/// <remarks>
/// Untuned documents are answered with models fitted with every library's organisation named; left unnamed,
/// a question that names the organisation is pulled towards passages that merely share the name. The name is
/// guessed conservatively, as no hint is better than a wrong one: a word written in one capitalised or fixed
/// mixed-case spelling wherever it is not starting a sentence (proper nouns and acronyms, not "the" or "we"),
/// in at least <see cref="DocumentShare"/> of the documents and at least <see cref="MinDocuments"/>, and not
/// in the sentence model's vocabulary, which holds the common English words and names ("Slack", "UK", "HR",
/// "Mike") a policy library repeats but no organisation's own name short of a household one.
/// </remarks>
internal static partial class OrganisationHint
{
    /// <summary>The fewest documents, and the least share of them, the name must be written in.</summary>
    public const int MinDocuments = 3;

    public const double DocumentShare = 0.6;

    // The share of a word's occurrences inside sentences written in its one spelling: "GitLab", not "gitlab".
    private const double SpellingShare = 0.9;

    /// <summary>The warning for documents no organisation is named for, or null when none of their words looks like one's name.</summary>
    /// <param name="documents">The documents no organisation name covers and no examples tune.</param>
    /// <param name="commonWords">Reads the words that are never taken for a name, or null when they cannot be read (then no hint).</param>
    public static string? For(IReadOnlyList<PolicyDocument> documents, Func<IReadOnlySet<string>?> commonWords)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(commonWords);
        var least = Math.Max(MinDocuments, (int)Math.Ceiling(DocumentShare * documents.Count));
        if (documents.Count < least)
        {
            return null;
        }

        var inDocuments = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in document.AllSections().SelectMany(section => section.Blocks))
            {
                foreach (var (word, startsSentence) in Words(block.Text))
                {
                    var key = word.ToLowerInvariant();
                    seen.Add(key);
                    if (!startsSentence)
                    {
                        var written = spellings.TryGetValue(key, out var found) ? found : spellings[key] = new(StringComparer.Ordinal);
                        written[word] = written.GetValueOrDefault(word) + 1;
                    }
                }
            }

            foreach (var key in seen)
            {
                inDocuments[key] = inDocuments.GetValueOrDefault(key) + 1;
            }
        }

        var candidates = inDocuments
            .Where(pair => pair.Value >= least && spellings.ContainsKey(pair.Key))
            .Select(pair => (Key: pair.Key, Documents: pair.Value, Spelling: Spelling(spellings[pair.Key])))
            .Where(candidate => candidate.Spelling is not null)
            .OrderByDescending(candidate => candidate.Documents).ThenByDescending(candidate => spellings[candidate.Key].Values.Sum()).ThenBy(candidate => candidate.Key, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var common = commonWords();
        if (common is null)
        {
            return null;
        }

        foreach (var (key, named, spelling) in candidates)
        {
            if (!common.Contains(key))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"No organisation is named for {documents.Count} documents, and {named} of them name \"{spelling}\": set Knowledge:Organisation to the names staff use for it (e.g. \"{spelling}\"), or list them in {Organisations.FileName}, so a question naming it is not answered from passages that only share the name.");
            }
        }

        return null;
    }

    /// <summary>The whole words of a sentence model's vocabulary, lower case; null when its files are not there.</summary>
    public static IReadOnlySet<string>? Vocabulary(string modelsFolder, SentenceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        byte[] bytes;
        try
        {
            bytes = SentenceModelFiles.ReadVocabulary(modelsFolder, model);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or BadImageFormatException or UnauthorizedAccessException)
        {
            // Only a hint waits on it: a missing or unreadable model says so where the model is used.
            return null;
        }

        return Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !word.StartsWith("##", StringComparison.Ordinal) && !word.StartsWith('['))
            .ToHashSet(StringComparer.Ordinal);
    }

    // The one spelling written in the large majority of a word's occurrences inside sentences, if it is not lower case.
    private static string? Spelling(Dictionary<string, int> written)
    {
        var (spelling, count) = written.MaxBy(pair => pair.Value);
        return spelling.Any(char.IsUpper) && count >= SpellingShare * written.Values.Sum() ? spelling : null;
    }

    // A block's words, each with whether it starts a sentence (where every word is capitalised). Addresses are
    // skipped: "gitlab.com" and "handbook/gitlab" are the name in lower case only because a URL is.
    private static IEnumerable<(string Word, bool StartsSentence)> Words(string text)
    {
        var startsSentence = true;
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Address().IsMatch(chunk))
            {
                foreach (Match word in Word().Matches(chunk))
                {
                    yield return (Possessive().Replace(word.Value, string.Empty), startsSentence);
                    startsSentence = false;
                }
            }

            startsSentence = chunk[^1] is '.' or '!' or '?' or ':' or ';';
        }
    }

    [GeneratedRegex(@"://|www\.|@|/|\\|\.\p{L}")]
    private static partial Regex Address();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    // "GitLab's" is "GitLab".
    [GeneratedRegex(@"['\u2019][sS]$")]
    private static partial Regex Possessive();
}

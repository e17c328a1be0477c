using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Posting;

/// <summary>
/// The risk signals of draft-signals.json, each compiled into one expression, that find the words in a
/// draft that make it worth a second look.
/// </summary>
public sealed class SignalLexicon
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly IReadOnlyList<(string Kind, string Label, IReadOnlyList<Regex> Expressions)> _signals;

    private SignalLexicon(IReadOnlyList<(string Kind, string Label, IReadOnlyList<Regex> Expressions)> signals)
    {
        _signals = signals;
        Kinds = signals.Select(s => s.Kind).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Kinds { get; }

    public static SignalLexicon Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static SignalLexicon Parse(string json, string source = "draft-signals.json")
    {
        LexiconFile file;
        try
        {
            file = JsonSerializer.Deserialize<LexiconFile>(json, JsonOptions) ?? throw new InvalidDataException($"{source} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {ex.Message}", ex);
        }

        var signals = new List<(string, string, IReadOnlyList<Regex>)>();
        foreach (var entry in file.Signals ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Kind) || string.IsNullOrWhiteSpace(entry.Label))
            {
                throw new InvalidDataException($"{source}: every signal needs a kind and a label.");
            }

            if (signals.Any(s => s.Item1 == entry.Kind))
            {
                throw new InvalidDataException($"{source}: there are two signals of the kind '{entry.Kind}'.");
            }

            var expressions = new List<Regex>();
            var terms = (entry.Terms ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            if (terms.Count > 0)
            {
                expressions.Add(new Regex(TermsExpression(terms), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout));
            }

            foreach (var pattern in entry.Patterns ?? [])
            {
                expressions.Add(Compile(pattern, entry.Kind, source));
            }

            if (expressions.Count == 0)
            {
                throw new InvalidDataException($"{source}: the signal '{entry.Kind}' has no terms or patterns.");
            }

            signals.Add((entry.Kind, entry.Label, expressions));
        }

        return new SignalLexicon(signals);
    }

    /// <summary>The signals in a draft, each with the words that matched, in the lexicon's order.</summary>
    public IReadOnlyList<DraftSignal> Detect(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        // Phones and Word type curly apostrophes; the lexicon is written with straight ones.
        var text = draft.Replace('\u2019', '\'').Replace('\u2018', '\'');
        var found = new List<DraftSignal>();
        foreach (var (kind, label, expressions) in _signals)
        {
            var evidence = expressions
                .SelectMany(expression => expression.Matches(text))
                .OrderBy(match => match.Index)
                .Select(match => match.Value)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (evidence.Count > 0)
            {
                found.Add(new DraftSignal(kind, label, evidence));
            }
        }

        return found;
    }

    // Whole words only, so "con" never fires inside "second"; a trailing * after a letter allows any ending.
    private static string TermsExpression(IEnumerable<string> terms)
    {
        var alternatives = terms
            .OrderByDescending(term => term.Length)
            .Select(term =>
            {
                var wildcard = term.Length > 1 && term[^1] == '*' && char.IsLetter(term[^2]);
                var body = wildcard ? term[..^1] : term;
                var escaped = new StringBuilder();
                foreach (var part in body.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    escaped.Append(escaped.Length == 0 ? string.Empty : @"\s+").Append(Regex.Escape(part));
                }

                return wildcard ? escaped + @"\w*" : escaped.ToString();
            });
        return @"(?<!\w)(?:" + string.Join('|', alternatives) + @")(?!\w)";
    }

    private static Regex Compile(string pattern, string kind, string source)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{source}: a pattern of the signal '{kind}' is not a valid regular expression: {ex.Message}", ex);
        }
    }

    private sealed record LexiconFile(List<SignalEntry>? Signals);

    private sealed record SignalEntry(string? Kind, string? Label, List<string>? Terms, List<string>? Patterns);
}

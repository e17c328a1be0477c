using System.Text.Json.Serialization;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// One line of an evaluation set: a question and what answers it, or none. Two shapes: the Social Media
/// Policy's sets name section paths (<c>"sections"</c>); a library's sets name a document and a heading or
/// the words that answer (<c>"answers"</c>), so they hold however the documents are cut into sections.
/// </summary>
public sealed record EvalCase(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("sections")] IReadOnlyList<string>? Sections,
    [property: JsonPropertyName("out_of_scope")] bool OutOfScope = false,
    [property: JsonPropertyName("answers")] IReadOnlyList<EvalAnswer>? Answers = null)
{
    /// <summary>Whether the case says what answers it, in either shape.</summary>
    [JsonIgnore]
    public bool HasExpected => Sections is { Count: > 0 } || Answers is { Count: > 0 };

    /// <summary>Whether a citation answers the question, by the strict rule of each shape.</summary>
    public bool IsRight(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return (Sections is not null && Sections.Contains(citation.Section))
            || (Answers is not null && Answers.Any(answer => answer.Matches(citation)));
    }

    /// <summary>What was expected, for a list of misses.</summary>
    public string Expected() =>
        Sections is { Count: > 0 } ? string.Join(" | ", Sections) : string.Join(" | ", (Answers ?? []).Select(a => $"{a.Document} > {a.Section}"));
}

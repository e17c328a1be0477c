using System.Text.Json.Serialization;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Where a library question's answer is: a document (its file name), the heading it sits under and, where a
/// heading alone is ambiguous, words the answer says.
/// </summary>
/// <param name="Document">The document's file name, such as "benefits-and-perks.md".</param>
/// <param name="Section">The heading the answer sits under, as the document writes it.</param>
/// <param name="Phrases">Words of the answer, verbatim; a quote holding any of them is right too.</param>
public sealed record EvalAnswer(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("section")] string? Section,
    [property: JsonPropertyName("phrases")] IReadOnlyList<string>? Phrases = null)
{
    /// <summary>
    /// Right when the citation comes from this document and either its section path has the expected heading
    /// as one of its parts or its quote holds one of the phrases. A heading's words merely appearing in another
    /// section's quote do not count.
    /// </summary>
    public bool Matches(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (!string.Equals(Path.GetFileNameWithoutExtension(Document), citation.PolicyId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var heading = EvalText.Normalise(Section ?? string.Empty);
        if (heading.Length > 0 && citation.Section.Split('>').Any(part => EvalText.Normalise(part) == heading))
        {
            return true;
        }

        var quote = EvalText.Normalise(citation.Quote);
        return (Phrases ?? []).Select(EvalText.Normalise).Any(phrase => phrase.Length > 0 && quote.Contains(phrase, StringComparison.Ordinal));
    }
}

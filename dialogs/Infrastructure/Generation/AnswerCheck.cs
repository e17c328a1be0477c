using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>
/// Decides in code whether a model answer may be shown: every claim cited to a passage it was given, no refusal,
/// no opinion, no drafted post, no trace of injected instructions. The prompt asks for the same; this enforces it.
/// </summary>
internal static partial class AnswerCheck
{
    public const int MaxLength = 1500;

    // Sentences this short ("Yes.", "In short:") carry no claim of their own.
    private const int MinClaimWords = 4;

    /// <summary>The checked answer, or null with the reason it failed.</summary>
    public static (CheckedAnswer? Answer, string? Failure) Check(string? text, int passages)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return (null, "empty");
        }

        if (trimmed.Length > MaxLength)
        {
            return (null, "too-long");
        }

        if (Refusal().IsMatch(trimmed))
        {
            return (null, "not-covered");
        }

        if (Marker().Count(trimmed) == 0)
        {
            return (null, "uncited");
        }

        foreach (var sentence in Sentences(trimmed))
        {
            if (SentenceFailure(sentence, passages) is { } failure)
            {
                return (null, failure);
            }
        }

        return (Renumber(trimmed), null);
    }

    /// <summary>The longest run of whole sentences at the start of a partial answer that already pass, renumbered.</summary>
    public static string SafePrefix(string partial, int passages)
    {
        ArgumentNullException.ThrowIfNull(partial);
        // Only sentences followed by a boundary are finished: the last one may still gain words or a marker.
        var end = 0;
        foreach (Match boundary in SentenceBoundary().Matches(partial))
        {
            var candidate = partial[..boundary.Index].Trim();
            if (candidate.Length > MaxLength || Refusal().IsMatch(candidate) || Sentences(candidate).Any(s => SentenceFailure(s, passages) is not null))
            {
                break;
            }

            end = boundary.Index;
        }

        return end == 0 ? string.Empty : Renumber(partial[..end].Trim()).Text;
    }

    private static string? SentenceFailure(string sentence, int passages)
    {
        var markers = Marker().Matches(sentence).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (markers.Any(n => n < 1 || n > passages))
        {
            return "miscited";
        }

        if (Opinion().IsMatch(sentence))
        {
            return "opinion";
        }

        if (Drafted().IsMatch(sentence))
        {
            return "drafted-post";
        }

        if (Injected().IsMatch(sentence))
        {
            return "injection";
        }

        var words = Marker().Replace(sentence, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return markers.Count == 0 && words >= MinClaimWords && !sentence.TrimEnd().EndsWith(':') ? "uncited" : null;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBoundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static CheckedAnswer Renumber(string text)
    {
        var order = new List<int>();
        var renumbered = Marker().Replace(text, match =>
        {
            var given = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            if (!order.Contains(given))
            {
                order.Add(given);
            }

            return $"[{order.IndexOf(given) + 1}]";
        });
        return new CheckedAnswer(renumbered, order);
    }

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    // The one rule for where a sentence ends, for the whole answer and for a streamed prefix alike: at . ! ?
    // and the markers after it, whether the model puts them before the full stop ("online [2].") or after it
    // ("online. [2]"), then white space that does not lead to another marker; or at a line break.
    [GeneratedRegex(@"(?<=[.!?](?:\s*\[\d{1,3}\])*)\s+(?!\s|\[\d{1,3}\])|\n+")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\bNOT_COVERED\b|\b(the\s+)?(policy|passages?|sections?)\s+(do(es)?\s*n[o']t|does\s+not|do\s+not)\s+(cover|say|mention|address|answer)|\bnot\s+(covered|mentioned|addressed)\s+(in|by)\b|\b(i\s+(can(no|')t|could\s*n[o']t|am\s+unable\s+to)\s+(find|answer|help))|\bno\s+information\s+(about|on)\b|\bI\s+don'?t\s+know\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();

    [GeneratedRegex(@"\b(I|we)\s+(personally\s+)?(think|believe|feel|reckon|support|oppose|prefer)\b|\bin\s+my\s+(opinion|view)\b|\bmy\s+(opinion|view|take)\b|\b(you\s+should|everyone\s+should)\s+(vote|support|oppose)\b|\bvote\s+(for|against)\b|\b(government|minister|party|opposition)\s+(is|are|was|were)\s+(wrong|right|bad|good|incompetent|corrupt|useless|failing|terrible|great)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opinion();

    [GeneratedRegex(@"\b(here'?s|here\s+is)\s+(a|an|your|the)\s+(draft|post|tweet|comment|caption|version|suggestion)\b|^\s*(draft|post|tweet|caption|suggested\s+post)\s*:|(^|\s)#[A-Za-z]\w{2,}|\byou\s+could\s+(post|write|say)\s*[:\u201c""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Drafted();

    [GeneratedRegex(@"\b(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|my\s+|your\s+)?(previous\s+|prior\s+|above\s+)?(instructions|rules|prompt)\b|\bsystem\s+prompt\b|\bmy\s+(instructions|rules)\s+(are|say)\b|\bI\s+(have\s+been|was|am)\s+(instructed|told|programmed)\b|\bDAN\b|\bjailbr[eo]a?k|\bdeveloper\s+mode\b|\bas\s+an\s+(AI|unrestricted)\b|https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Injected();
}

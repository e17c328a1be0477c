using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Topics;

/// <summary>Cuts policy text into sentences, so cards can show the key ones rather than whole paragraphs.</summary>
public static partial class Sentences
{
    /// <summary>The first <paramref name="count"/> sentences of a text, or all of it when it has fewer.</summary>
    public static string First(string text, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ends = Boundary().Matches(text);
        return ends.Count < count ? text.Trim() : text[..(ends[count - 1].Index + 1)].Trim();
    }

    // A full stop, question or exclamation mark followed by a space and a capital or a quote: "e.g. the"
    // and "www.corrections.govt.nz" do not end a sentence.
    [GeneratedRegex(@"[.!?](?=\s+[A-Z\u201C""'])")]
    private static partial Regex Boundary();
}

namespace PolicyBot.Knowledge.Documents;

/// <summary>
/// Text as a data file's quote is matched against a policy's own words: runs of white space as one space, Markdown
/// bold dropped, and typographic quotes and apostrophes (’ “ ” from Word) as straight ones, on both sides, so a quote
/// typed with straight quotes in JSON finds the sentence Word wrote with curly ones.
/// </summary>
internal static class QuotedText
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var straight = text.Replace("**", string.Empty, StringComparison.Ordinal).ToCharArray();
        for (var i = 0; i < straight.Length; i++)
        {
            straight[i] = straight[i] switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                '\u00A0' or '\u202F' => ' ',
                var c => c,
            };
        }

        return string.Join(' ', new string(straight).Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="quote"/>, both normalised; an empty quote is in nothing.</summary>
    public static bool Contains(string text, string? quote)
    {
        var words = quote is null ? string.Empty : Normalise(quote);
        return words.Length > 0 && Normalise(text).Contains(words, StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Text;

namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>
/// The text clean-up a BERT tokenizer does before WordPiece (Hugging Face's BasicTokenizer, uncased): control
/// characters dropped, every kind of whitespace a space, accents removed, lower case, and each punctuation
/// mark and CJK ideograph a word of its own. The result is words separated by single spaces.
/// </summary>
/// <remarks>
/// Microsoft.ML.Tokenizers' own basic tokenization differs from the reference on text people send: it
/// deletes a line break instead of splitting on it ("fb\nlinkedin" became "fblinkedin"), drops symbols such
/// as "$" and emoji instead of keeping them as words, and cannot remove accents in invariant globalization
/// mode. So the text is prepared here and the tokenizer only looks words up (a test compares the ids with
/// the reference tokenizer's on tricky text). One deliberate difference: "[CLS]" typed in a question is
/// text, not a special token.
/// </remarks>
internal static class WordPieceText
{
    private static readonly Dictionary<int, string> Accents = LoadAccents();

    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            // An unpaired surrogate comes through as U+FFFD, which the reference drops too.
            if (rune.Value is 0 or 0xFFFD)
            {
                continue;
            }

            if (IsWhitespace(rune))
            {
                result.Append(' ');
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            foreach (var folded in Fold(rune))
            {
                var lower = Rune.ToLowerInvariant(folded);
                if (IsCjk(lower.Value) || IsPunctuation(lower))
                {
                    result.Append(' ').Append(lower.ToString()).Append(' ');
                }
                else
                {
                    result.Append(lower.ToString());
                }
            }
        }

        return string.Join(' ', result.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsWhitespace(Rune rune) =>
        rune.Value is ' ' or '\t' or '\n' or '\r' || Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator;

    private static IEnumerable<Rune> Fold(Rune rune)
    {
        // Hangul syllables decompose by formula (Unicode 3.12) into their leading, vowel and trailing jamo.
        const int first = 0xAC00, count = 11172, leading = 0x1100, vowel = 0x1161, trailing = 0x11A7;
        if (rune.Value is >= first and < first + count)
        {
            var index = rune.Value - first;
            yield return new Rune(leading + (index / 588));
            yield return new Rune(vowel + (index % 588 / 28));
            if (index % 28 != 0)
            {
                yield return new Rune(trailing + (index % 28));
            }

            yield break;
        }

        if (!Accents.TryGetValue(rune.Value, out var plain))
        {
            yield return rune;
            yield break;
        }

        foreach (var part in plain.EnumerateRunes())
        {
            yield return part;
        }
    }

    // ASCII symbols count as punctuation as well as Unicode's punctuation categories: "$", "+", "^".
    private static bool IsPunctuation(Rune rune)
    {
        var c = rune.Value;
        if (c is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2B73F)
            or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);

    private static Dictionary<int, string> LoadAccents()
    {
        using var stream = typeof(WordPieceText).Assembly.GetManifestResourceStream("PolicyBot.Knowledge.Retrieval.Semantic.accents.txt")
            ?? throw new InvalidOperationException("The accent table is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            var plain = new StringBuilder();
            foreach (var hex in parts.Skip(1))
            {
                plain.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = plain.ToString();
        }

        return table;
    }
}

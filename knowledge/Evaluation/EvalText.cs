using System.Text;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Text as evaluation compares it: markup stripped as the reader strips it from the documents (so a heading
/// written with an HTML anchor or emphasis names the section the bot cites), lower case, punctuation and
/// spacing ignored.
/// </summary>
internal static class EvalText
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = TextCleaner.Clean(text);
        var words = new StringBuilder(plain.Length);
        foreach (var c in plain.ToLowerInvariant())
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Te reo Māori in an English question (te-reo.txt, embedded): greetings left out, words read as their
/// English meaning, so "Kia ora, can I share a photo from our whānau day?" is searched as its English wording
/// is and no te reo word lowers the confidence.
/// </summary>
internal static class TeReo
{
    private static readonly (HashSet<string> Greetings, int Longest, SynonymTable Words) Table = Load();

    /// <summary>
    /// The question's words (from <see cref="QuestionWords.Of"/>) as its English wording has them: greetings and
    /// courtesies left out, te reo words in English. So the words a policy is searched with are the same.
    /// </summary>
    public static List<string> English(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var length = GreetingAt(words, i);
            if (length > 0)
            {
                i += length;
                continue;
            }

            kept.AddRange(Table.Words.Expand(words[i]) is [var meaning, ..] ? meaning.Split(' ') : [words[i]]);
            i++;
        }

        return kept;
    }

    /// <summary>The question as the sentence model reads it: greetings left out, te reo words in English.</summary>
    public static string InEnglish(string question, List<string> words)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(words);
        var english = new List<string>(words.Count);
        var changed = false;
        for (var i = 0; i < words.Count;)
        {
            var length = GreetingAt(words, i);
            if (length > 0)
            {
                (i, changed) = (i + length, true);
                continue;
            }

            if (Table.Words.Expand(words[i]) is [var meaning, ..])
            {
                (english, changed) = ([.. english, meaning], true);
            }
            else
            {
                english.Add(words[i]);
            }

            i++;
        }

        // Unchanged questions keep their punctuation and capitals, which the model reads.
        return changed ? string.Join(' ', english) + (question.TrimEnd().EndsWith('?') ? "?" : string.Empty) : question;
    }

    private static int GreetingAt(List<string> words, int start)
    {
        for (var length = Math.Min(Table.Longest, words.Count - start); length >= 1; length--)
        {
            if (Table.Greetings.Contains(string.Join(' ', words.GetRange(start, length))))
            {
                return length;
            }
        }

        return 0;
    }

    private static (HashSet<string>, int, SynonymTable) Load()
    {
        using var stream = typeof(TeReo).Assembly.GetManifestResourceStream("PolicyBot.Knowledge.Retrieval.te-reo.txt")
            ?? throw new InvalidOperationException("te-reo.txt is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        var greetings = lines
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.Contains("=>", StringComparison.Ordinal))
            .SelectMany(line => line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(phrase => string.Join(' ', QuestionWords.Of(phrase)))
            .ToHashSet(StringComparer.Ordinal);
        var words = SynonymTable.Parse(lines.Where(line => line.Contains("=>", StringComparison.Ordinal)), "te-reo.txt");
        return (greetings, greetings.Max(g => g.Count(c => c == ' ') + 1), words);
    }
}

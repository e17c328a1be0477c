namespace PolicyBot.Knowledge.Retrieval;

/// <summary>Corrects misspelt question words to the nearest word the policies or synonyms use.</summary>
internal sealed class TypoCorrector
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<char, string> _byFirstLetter;

    public TypoCorrector(IEnumerable<string> words)
    {
        _frequency = words
            .Where(word => word.Length > 0)
            .GroupBy(word => word, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        _byFirstLetter = _frequency.Keys.ToLookup(word => word[0]);
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The known word closest to <paramref name="word"/>, or null when none is close enough.</summary>
    /// <remarks>
    /// One edit is allowed from five letters, two from eight; shorter words are left alone because too
    /// many real words lie one edit apart. Typists rarely get the first letter wrong, so candidates share it.
    /// </remarks>
    public string? Correct(string word)
    {
        if (word.Length < 5 || IsKnown(word))
        {
            return null;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var candidate in _byFirstLetter[word[0]])
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(word, candidate, allowed);
            var frequency = _frequency[candidate];
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return best;
    }

    // Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early once a
    // whole row exceeds the limit.
    internal static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>Corrects misspelt question words to the nearest word the policies or synonyms use.</summary>
/// <remarks>
/// Candidates come from a deletion index: every known word is stored under each string made by deleting
/// up to two of its letters. Two words within two edits (insertions, deletions, substitutions or adjacent
/// swaps) always share such a string, so a lookup only generates the typed word's own deletions and checks
/// the few words filed under them, instead of measuring the distance to the whole vocabulary.
/// </remarks>
internal sealed class TypoCorrector
{
    private const int MaxEdits = 2;

    private readonly Dictionary<string, int> _frequency;

    // No known word is longer than this; a typed word longer by more than the edits allowed cannot be a typo
    // of any of them, so it is left alone without building its deletions (a 1,000-letter word once cost 4-14 s
    // and ~1 GB here, as a word of n letters has n(n-1)/2 two-letter deletions).
    private readonly int _longestWord;

    // Known words in first-seen order; ties between equally close, equally frequent words go to the earlier.
    private readonly string[] _words;
    private readonly Dictionary<string, List<int>> _byDeletion = new(StringComparer.Ordinal);

    public TypoCorrector(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (_frequency.TryGetValue(word, out var count))
            {
                _frequency[word] = count + 1;
            }
            else
            {
                _frequency[word] = 1;
                order.Add(word);
            }
        }

        _words = [.. order];
        _longestWord = _words.Length == 0 ? 0 : _words.Max(word => word.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _words.Length; i++)
        {
            seen.Clear();
            AddDeletions(_words[i], MaxEdits, seen);
            foreach (var key in seen)
            {
                if (!_byDeletion.TryGetValue(key, out var list))
                {
                    _byDeletion[key] = list = [];
                }

                list.Add(i);
            }
        }
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The known word closest to <paramref name="word"/>, or null when none is close enough.</summary>
    /// <remarks>
    /// One edit is allowed from five letters, two from eight; shorter words are left alone because too
    /// many real words lie one edit apart. Typists rarely get the first letter wrong, so candidates share it.
    /// Words longer than any known word plus the edits allowed are left alone at once: nothing is near them.
    /// </remarks>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 5 || IsKnown(word))
        {
            return null;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        if (word.Length > _longestWord + allowed)
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        AddDeletions(word, allowed, keys);
        var best = -1;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var key in keys)
        {
            if (!_byDeletion.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                var candidate = _words[index];
                if (index == best || candidate[0] != word[0] || Math.Abs(candidate.Length - word.Length) > allowed)
                {
                    continue;
                }

                var distance = Distance(word, candidate, allowed);
                var frequency = _frequency[candidate];
                var better = distance < bestDistance
                    || (distance == bestDistance && (frequency > bestFrequency || (frequency == bestFrequency && index < best)));
                if (distance <= allowed && better)
                {
                    (best, bestDistance, bestFrequency) = (index, distance, frequency);
                }
            }
        }

        return best < 0 ? null : _words[best];
    }

    // The word itself and every string made by deleting up to `edits` of its letters.
    private static void AddDeletions(string word, int edits, HashSet<string> into)
    {
        if (!into.Add(word) || edits == 0 || word.Length <= 1)
        {
            return;
        }

        for (var i = 0; i < word.Length; i++)
        {
            AddDeletions(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1)), edits - 1, into);
        }
    }

    // Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early once a
    // whole row exceeds the limit. Rows live on the stack: this runs for every candidate of every typo.
    internal static int Distance(string a, string b, int limit)
    {
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
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

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}

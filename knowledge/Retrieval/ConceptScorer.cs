namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Scores every passage for a planned question the way the equivalent Lucene query would: per concept, the
/// best of its ways of saying it plus a share of the others (a disjunction-max), summed over concepts. Each
/// way of saying it scores in every field (the passage's words, its heading, its section's example
/// questions), times that field's boost.
/// </summary>
/// <remarks>
/// Scratch arrays are per thread and reused, so a question allocates only its result list. They are cleared
/// through the lists of documents touched, so one sized for the largest index serves every scorer.
/// </remarks>
internal sealed class ConceptScorer(IReadOnlyList<(Bm25Postings Postings, float Boost)> fields, int passageCount, Func<string, float> termWeight)
{
    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>The best <paramref name="count"/> passages, best first, ties to the earlier passage.</summary>
    public List<(int Doc, float Score)> Top(List<QueryConcept> concepts, int count, float tieBreaker)
    {
        var s = _scratch is { } existing && existing.Total.Length >= passageCount ? existing : _scratch = new Scratch(passageCount);
        foreach (var concept in concepts)
        {
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                var alternative = concept.Alternatives[a];
                for (var t = 0; t < alternative.Terms.Count; t++)
                {
                    var term = alternative.Terms[t];
                    var weight = alternative.Weight / alternative.Terms.Count * termWeight(term);
                    for (var f = 0; f < fields.Count; f++)
                    {
                        Add(s, s.Alternative, s.AlternativeTouched, fields[f].Postings, term, weight * fields[f].Boost);
                    }
                }

                // Fold this way of saying the concept into the concept's best and sum, then clear it.
                foreach (var doc in s.AlternativeTouched)
                {
                    var value = s.Alternative[doc];
                    if (!s.Seen[doc])
                    {
                        s.Seen[doc] = true;
                        s.ConceptTouched.Add(doc);
                    }

                    s.Max[doc] = Math.Max(s.Max[doc], value);
                    s.Sum[doc] += value;
                    s.Alternative[doc] = 0;
                    s.InAlternative[doc] = false;
                }

                s.AlternativeTouched.Clear();
            }

            foreach (var doc in s.ConceptTouched)
            {
                if (!s.Scored[doc])
                {
                    s.Scored[doc] = true;
                    s.TotalTouched.Add(doc);
                }

                s.Total[doc] += s.Max[doc] + ((s.Sum[doc] - s.Max[doc]) * tieBreaker);
                (s.Max[doc], s.Sum[doc], s.Seen[doc]) = (0, 0, false);
            }

            s.ConceptTouched.Clear();
        }

        var top = new List<(int Doc, float Score)>(count + 1);
        foreach (var doc in s.TotalTouched)
        {
            Insert(top, (doc, s.Total[doc]), count);
            (s.Total[doc], s.Scored[doc]) = (0, false);
        }

        s.TotalTouched.Clear();
        return top;
    }

    private static void Add(Scratch s, float[] scores, List<int> touched, Bm25Postings field, string term, float boost)
    {
        if (boost <= 0 || !field.TryGet(term, out var postings))
        {
            return;
        }

        var weight = postings.Idf * boost;
        for (var i = 0; i < postings.Docs.Length; i++)
        {
            var doc = postings.Docs[i];
            if (!s.InAlternative[doc])
            {
                s.InAlternative[doc] = true;
                touched.Add(doc);
            }

            scores[doc] += weight * postings.Tf[i];
        }
    }

    // Keeps the list sorted best first and no longer than count; an equal score goes after the earlier passage.
    private static void Insert(List<(int Doc, float Score)> top, (int Doc, float Score) hit, int count)
    {
        var at = top.Count;
        while (at > 0 && (top[at - 1].Score < hit.Score || (top[at - 1].Score == hit.Score && top[at - 1].Doc > hit.Doc)))
        {
            at--;
        }

        if (at < count)
        {
            top.Insert(at, hit);
            if (top.Count > count)
            {
                top.RemoveAt(count);
            }
        }
    }

    private sealed class Scratch(int size)
    {
        public float[] Alternative { get; } = new float[size];
        public bool[] InAlternative { get; } = new bool[size];
        public List<int> AlternativeTouched { get; } = [];
        public float[] Max { get; } = new float[size];
        public float[] Sum { get; } = new float[size];
        public bool[] Seen { get; } = new bool[size];
        public List<int> ConceptTouched { get; } = [];
        public float[] Total { get; } = new float[size];
        public bool[] Scored { get; } = new bool[size];
        public List<int> TotalTouched { get; } = [];
    }
}

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>How much of a planned question a set of index terms (a passage, a section, the corpus) contains.</summary>
internal static class ConceptCoverage
{
    /// <summary>The weighted share of concepts the terms contain, by any one of their ways of saying it.</summary>
    public static double Share(List<QueryConcept> concepts, double[] weights, HashSet<string> terms)
    {
        double covered = 0, total = 0;
        for (var i = 0; i < concepts.Count; i++)
        {
            total += weights[i];
            if (Covers(concepts[i], terms))
            {
                covered += weights[i];
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    // Concepts the terms contain, leaving out ones said only in title or common words ("social media",
    // "staff"): those match nearly every passage, so they show nothing about whether this one answers.
    public static int Distinctive(List<QueryConcept> concepts, HashSet<string> terms, HashSet<string> commonTerms)
    {
        var count = 0;
        foreach (var concept in concepts)
        {
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                var alternative = concept.Alternatives[a];
                var all = true;
                var distinctive = false;
                for (var t = 0; t < alternative.Terms.Count; t++)
                {
                    var term = alternative.Terms[t];
                    all &= terms.Contains(term);
                    distinctive |= !commonTerms.Contains(term);
                }

                if (all && distinctive)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>Whether any way of saying the concept uses one of the terms.</summary>
    public static bool Mentions(QueryConcept concept, HashSet<string> terms)
    {
        for (var a = 0; a < concept.Alternatives.Count; a++)
        {
            var alternative = concept.Alternatives[a];
            for (var t = 0; t < alternative.Terms.Count; t++)
            {
                var term = alternative.Terms[t];
                if (terms.Contains(term))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Covers(QueryConcept concept, HashSet<string> terms)
    {
        for (var a = 0; a < concept.Alternatives.Count; a++)
        {
            var alternative = concept.Alternatives[a];
            var all = true;
            for (var t = 0; t < alternative.Terms.Count; t++)
            {
                var term = alternative.Terms[t];
                all &= terms.Contains(term);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}

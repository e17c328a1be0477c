using System.Numerics.Tensors;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>One policy in a <see cref="LibraryIndex"/>: its lexical index, tuning and passage vectors.</summary>
internal sealed class LibraryDocument
{
    // Sections put forward by their example questions.
    private const int ExampleSections = 3;

    private readonly int[] _sectionOf;
    private readonly int[][] _sections;
    private float[][]? _passageVectors;
    private float[][]?[]? _sentenceVectors;
    private float[][]? _sectionVectors;
    private float[][][]? _exampleVectors;
    private float[][]? _notCoveredVectors;

    private LibraryDocument(PolicyDocument document, PassageIndex index, DocumentTuning tuning)
    {
        Id = document.Id;
        Title = document.Title;
        Index = index;
        Tuning = tuning;
        var keys = index.Passages.Select(p => p.SectionId).Distinct().ToList();
        _sectionOf = index.Passages.Select(p => keys.IndexOf(p.SectionId)).ToArray();
        _sections = keys.Select((_, s) => Enumerable.Range(0, _sectionOf.Length).Where(p => _sectionOf[p] == s).ToArray()).ToArray();
    }

    public string Id { get; }

    public string Title { get; }

    public PassageIndex Index { get; }

    public DocumentTuning Tuning { get; }

    public static LibraryDocument Build(PolicyDocument document, DocumentTuning tuning) =>
        new(document, new PassageIndex(PassageBuilder.Build([document]), tuning.Synonyms, tuning.Examples), tuning);

    /// <summary>The texts the sentence model encodes for this policy: each passage, then its sentences when it has several.</summary>
    public IEnumerable<string> EmbeddingTexts()
    {
        foreach (var passage in Index.Passages)
        {
            yield return EmbeddingText(passage);
        }

        foreach (var members in _sections)
        {
            var first = Index.Passages[members[0]];
            yield return first.SectionPath + ": " + string.Join(" ", members.Select(p => Index.Passages[p].Text));
        }

        foreach (var members in _sections)
        {
            foreach (var example in Tuning.Examples.For(Id, Index.Passages[members[0]].SectionId))
            {
                yield return example;
            }
        }

        foreach (var question in Tuning.Examples.NotCovered)
        {
            yield return question;
        }

        foreach (var passage in Index.Passages)
        {
            var sentences = Index.Sentences(passage).Sentences;
            if (sentences.Length > 1)
            {
                foreach (var sentence in sentences)
                {
                    yield return sentence;
                }
            }
        }
    }

    /// <summary>Takes this policy's vectors, in the order of <see cref="EmbeddingTexts"/>, from <paramref name="at"/>; returns how many.</summary>
    public int TakeVectors(float[][] vectors, int at)
    {
        var start = at;
        _passageVectors = vectors[at..(at + Index.Passages.Count)];
        at += Index.Passages.Count;
        _sectionVectors = vectors[at..(at + _sections.Length)];
        at += _sections.Length;

        _exampleVectors = new float[_sections.Length][][];
        for (var section = 0; section < _sections.Length; section++)
        {
            var count = Tuning.Examples.For(Id, Index.Passages[_sections[section][0]].SectionId).Count;
            _exampleVectors[section] = vectors[at..(at + count)];
            at += count;
        }

        _notCoveredVectors = vectors[at..(at + Tuning.Examples.NotCovered.Count)];
        at += Tuning.Examples.NotCovered.Count;
        _sentenceVectors = new float[][]?[Index.Passages.Count];
        foreach (var passage in Index.Passages)
        {
            var count = Index.Sentences(passage).Sentences.Length;
            if (count > 1)
            {
                _sentenceVectors[passage.Ordinal] = vectors[at..(at + count)];
                at += count;
            }
        }

        return at - start;
    }

    public List<SearchHit> Search(List<string> words, float[]? query, int candidates, SplitModel model)
    {
        var concepts = Index.Plan(words);
        var lexical = Index.Lexical(concepts, candidates);
        var similarity = query is null || _passageVectors is null ? null : Similarities(query);
        var semantic = similarity is null ? [] : Enumerable.Range(0, similarity.Length).OrderByDescending(p => similarity[p]).Take(candidates).ToList();

        // Each section's best example similarity, worked out once: both the ranking below and every hit's
        // feature read it (each worked it out again: a dot product per example question, twice).
        var exampleBest = query is null ? null : BestExampleSimilarity(query);

        // A section whose example questions are most like the question is a candidate too, by its passage
        // most like the question, though neither ranking put one of its passages forward.
        var byExample = exampleBest is null ? [] : Enumerable.Range(0, _sections.Length)
            .Where(section => _exampleVectors![section].Length > 0)
            .OrderByDescending(section => exampleBest[section])
            .Take(ExampleSections)
            .Select(section => _sections[section].MaxBy(p => similarity![p]));

        var chosen = lexical.ToList();
        foreach (var p in semantic.Concat(byExample))
        {
            if (RankOf(chosen, p) < 0)
            {
                chosen.Add((p, 0f));
            }
        }

        var hits = Index.Evidence(concepts, chosen);
        var average = similarity is null || similarity.Length == 0 ? 0 : similarity.Average();
        var notCovered = query is null || _notCoveredVectors is not { Length: > 0 } ? 0 : MaxDot(query, _notCoveredVectors);
        for (var i = 0; i < hits.Count; i++)
        {
            var p = chosen[i].Doc;
            var lexicalRank = RankOf(lexical, p);
            var semanticRank = semantic.IndexOf(p);
            var hit = hits[i] with
            {
                Semantic = similarity?[p] ?? 0,
                SectionSemantic = similarity is null ? 0
                    : _sectionVectors is not null ? TensorPrimitives.Dot(query!, _sectionVectors[_sectionOf[p]])
                    : _sections[_sectionOf[p]].Max(q => similarity[q]),
                LexicalRank = lexicalRank < 0 ? 0 : 1.0 / (1 + lexicalRank),
                SemanticRank = semanticRank < 0 ? 0 : 1.0 / (1 + semanticRank),
                Tuned = Tuning.Examples.Any,
                SemanticLift = similarity is null ? 0 : similarity[p] - average,
                ExampleSemantic = exampleBest?[_sectionOf[p]] ?? 0,
                NotCoveredSemantic = notCovered,
            };
            hits[i] = hit with { Score = (float)model.Logit(hit) };
        }

        return hits;
    }

    /// <summary>Cosine similarity of the question with each sentence of a passage (one entry for a one-sentence passage).</summary>
    public double[]? SentenceSimilarity(Passage passage, float[] query)
    {
        if (_passageVectors is null)
        {
            return null;
        }

        return _sentenceVectors?[passage.Ordinal] is { } sentences
            ? sentences.Select(v => (double)TensorPrimitives.Dot(query, v)).ToArray()
            : [TensorPrimitives.Dot(query, _passageVectors[passage.Ordinal])];
    }

    // The best similarity of the question with each section's example questions; 0 for a section with none.
    private float[]? BestExampleSimilarity(float[] query)
    {
        if (_exampleVectors is null)
        {
            return null;
        }

        var best = new float[_exampleVectors.Length];
        for (var section = 0; section < best.Length; section++)
        {
            best[section] = _exampleVectors[section].Length == 0 ? 0 : MaxDot(query, _exampleVectors[section]);
        }

        return best;
    }

    // The largest dot product, as Enumerable.Max would give it (NaN only when every one is), without a delegate.
    private static float MaxDot(float[] query, float[][] vectors)
    {
        var best = float.NaN;
        foreach (var vector in vectors)
        {
            var dot = TensorPrimitives.Dot(query, vector);
            if (dot > best || float.IsNaN(best))
            {
                best = dot;
            }
        }

        return best;
    }

    // Where the passage stands in a ranking; -1 when it is not in it.
    private static int RankOf(List<(int Doc, float Score)> ranking, int passage)
    {
        for (var i = 0; i < ranking.Count; i++)
        {
            if (ranking[i].Doc == passage)
            {
                return i;
            }
        }

        return -1;
    }

    private double[] Similarities(float[] query)
    {
        var similarity = new double[_passageVectors!.Length];
        for (var p = 0; p < similarity.Length; p++)
        {
            similarity[p] = TensorPrimitives.Dot(query, _passageVectors[p]);
        }

        return similarity;
    }

    // A passage is encoded with its document's title and heading path in front ("Benefits & Perks > Vacation
    // Time: 18 days..."): a bullet's words alone rarely say what it is about. Measured against the text alone,
    // the heading path alone and the last heading: best on the development library (docs/accuracy.md).
    public string EmbeddingText(Passage passage) => Title + " > " + passage.SectionPath + ": " + passage.Text;
}

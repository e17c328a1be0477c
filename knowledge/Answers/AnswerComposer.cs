using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>Builds extractive answers: the policy's own words from the best passages, with citations.</summary>
internal sealed class AnswerComposer(PassageIndex index, RoutingTable routing, IReadOnlyList<PolicyDocument> documents, KnowledgeOptions options, TimeProvider time, UncoveredTopics uncovered)
{
    private const int Candidates = 10;
    private const int MaxListItems = 10;
    private const float SecondPassageShare = 0.3f;

    public PolicyAnswer Answer(string question)
    {
        var trimmed = question.Trim();
        var words = QuestionWords.Of(trimmed);
        if (uncovered.Find(words) is not null)
        {
            return NotCovered(trimmed, 0, routing.Route(trimmed, null, null));
        }

        var concepts = index.Plan(words);
        var hits = index.Search(concepts, Candidates);
        var best = hits.Count > 0 ? hits[0] : null;
        var confidence = best is null ? 0 : options.Confidence.Score(best);
        var askAPerson = routing.Route(trimmed, best?.Passage.PolicyId, best?.Passage.SectionId);

        // A passage cited must share some of the question's words; when none does, there is nothing to
        // quote however confident the model is, so it is a handoff too (this crashed with MinConfidence 0).
        var cited = best is null ? [] : SelectCitations(hits);
        if (best is null || confidence < options.MinConfidence || cited.Count == 0)
        {
            return NotCovered(trimmed, confidence, askAPerson);
        }

        return new PolicyAnswer
        {
            Question = trimmed,
            Answered = true,
            Text = Compose(cited, concepts),
            Confidence = Math.Round(confidence, 3),
            Citations = cited.Select(hit => ToCitation(hit.Passage)).ToList(),
            AskAPerson = askAPerson,
            ReviewNote = ReviewNote(cited.Select(hit => hit.Passage.PolicyId)),
        };
    }

    private PolicyAnswer NotCovered(string question, double confidence, Handoff askAPerson)
    {
        var policies = string.Join(" or the ", documents.Select(d => d.Title));
        return new PolicyAnswer
        {
            Question = question,
            Answered = false,
            Text = $"I couldn't find this in the {policies}, so I won't guess. {askAPerson.Reason}",
            Confidence = Math.Round(confidence, 3),
            Citations = [],
            Handoff = askAPerson,
            AskAPerson = askAPerson,
        };
    }

    /// <summary>The review note for answers drawn from these policies, or null when all are current.</summary>
    public string? ReviewNote(IEnumerable<string> policyIds)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var overdue = documents.Where(d => policyIds.Contains(d.Id) && d.IsPastReview(today)).ToList();
        return overdue.Count == 0
            ? null
            : string.Join(" ", overdue.Select(d => $"The {d.Title} was due for review in {d.Metadata.NextReviewDate}; check with its owner that this is still current."));
    }

    // Sections ranked by their best passage plus a share of their second best, because a section whose
    // bullets together answer the question beats one with a single lucky match; then the best passage of
    // each. Document details are fields, and several of them can answer one question.
    private List<SearchHit> SelectCitations(IReadOnlyList<SearchHit> hits)
    {
        var ranked = hits
            .GroupBy(hit => (hit.Passage.PolicyId, hit.Passage.SectionId))
            .Select(group => (Best: group.First(), Score: group.First().Score + (SecondPassageShare * group.Skip(1).Select(h => h.Score).FirstOrDefault()), Hits: group.ToList()))
            .OrderByDescending(section => section.Score)
            .ToList();
        var top = ranked[0].Score;
        return ranked
            .Where(section => section.Score >= top * options.CitationScoreRatio && section.Best.Coverage > 0)
            .SelectMany(section => section.Best.Passage.Kind == PassageKind.Field ? section.Hits.Take(2) : [section.Best])
            .Take(options.MaxCitations)
            .ToList();
    }

    private string Compose(List<SearchHit> cited, IReadOnlyList<QueryConcept> concepts)
    {
        var first = cited[0].Passage;
        var parts = new List<string> { $"The {first.PolicyTitle} says, under \"{first.SectionTitle}\": \u201c{BestSentences(first, concepts)}\u201d" };

        var list = ListAfter(first);
        if (list.Count > 0)
        {
            parts.Add(string.Join(Environment.NewLine, list.Select(item => "- " + item)));
        }

        var second = cited.Skip(1).Select(hit => hit.Passage).FirstOrDefault(p => p.SectionId != first.SectionId || p.PolicyId != first.PolicyId);
        if (second is not null && list.Count == 0)
        {
            parts.Add($"It also says, under \"{second.SectionTitle}\": \u201c{BestSentences(second, concepts)}\u201d");
        }

        return string.Join(Environment.NewLine + Environment.NewLine, parts);
    }

    // A sentence that ends in a colon introduces the bullets after it; the answer needs them too.
    private List<string> ListAfter(Passage passage)
    {
        if (!passage.Text.EndsWith(':'))
        {
            return [];
        }

        return index.Passages
            .Skip(passage.Ordinal + 1)
            .TakeWhile(next => next.Kind == PassageKind.Bullet && next.SectionId == passage.SectionId && next.PolicyId == passage.PolicyId)
            .Take(MaxListItems)
            .Select(next => next.Text)
            .ToList();
    }

    // Long paragraphs hold several points; quote the one or two sentences that carry the question's words.
    // The sentences and their terms are cut once per passage, not once per question.
    private string BestSentences(Passage passage, IReadOnlyList<QueryConcept> concepts)
    {
        var split = index.Sentences(passage);
        if (split.Sentences.Length <= 2)
        {
            return passage.Text;
        }

        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                var alternative = concept.Alternatives[a];
                terms.UnionWith(alternative.Terms);
            }
        }

        // The two best sentences by shared terms, earlier first on ties; the second only if it shares any.
        int first = -1, second = -1, firstScore = -1, secondScore = -1;
        for (var i = 0; i < split.Sentences.Length; i++)
        {
            var score = 0;
            foreach (var term in split.Terms[i])
            {
                score += terms.Contains(term) ? 1 : 0;
            }

            if (score > firstScore)
            {
                (second, secondScore, first, firstScore) = (first, firstScore, i, score);
            }
            else if (score > secondScore)
            {
                (second, secondScore) = (i, score);
            }
        }

        if (secondScore <= 0)
        {
            return split.Sentences[first];
        }

        var (early, late) = first < second ? (first, second) : (second, first);
        return split.Sentences[early] + (late == early + 1 ? " " : " \u2026 ") + split.Sentences[late];
    }

    private static Citation ToCitation(Passage passage) =>
        new(passage.PolicyTitle, passage.PolicyId, passage.SectionPath, passage.SectionId, passage.Text);
}

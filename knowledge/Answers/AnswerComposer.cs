using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>Builds extractive answers: the policy's own words from the best passages, with citations.</summary>
internal sealed partial class AnswerComposer(PassageIndex index, RoutingTable routing, IReadOnlyList<PolicyDocument> documents, KnowledgeOptions options, TimeProvider time)
{
    private const int Candidates = 10;
    private const int MaxListItems = 10;
    private const float SecondPassageShare = 0.3f;

    public PolicyAnswer Answer(string question)
    {
        var trimmed = question.Trim();
        var concepts = index.Plan(trimmed);
        var hits = index.Search(concepts, Candidates);
        var best = hits.Count > 0 ? hits[0] : null;
        var confidence = best is null ? 0 : options.Confidence.Score(best);
        var askAPerson = routing.Route(trimmed, best?.Passage.SectionId);

        if (best is null || confidence < options.MinConfidence)
        {
            var policies = string.Join(" or the ", documents.Select(d => d.Title));
            return new PolicyAnswer
            {
                Question = trimmed,
                Answered = false,
                Text = $"I couldn't find this in the {policies}, so I won't guess. {askAPerson.Reason}",
                Confidence = Math.Round(confidence, 3),
                Citations = [],
                Handoff = askAPerson,
                AskAPerson = askAPerson,
            };
        }

        var cited = SelectCitations(hits);
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
        var parts = new List<string> { $"The {first.PolicyTitle} says, under \"{first.SectionTitle}\": \u201c{BestSentences(first.Text, concepts)}\u201d" };

        var list = ListAfter(first);
        if (list.Count > 0)
        {
            parts.Add(string.Join(Environment.NewLine, list.Select(item => "- " + item)));
        }

        var second = cited.Skip(1).Select(hit => hit.Passage).FirstOrDefault(p => p.SectionId != first.SectionId || p.PolicyId != first.PolicyId);
        if (second is not null && list.Count == 0)
        {
            parts.Add($"It also says, under \"{second.SectionTitle}\": \u201c{BestSentences(second.Text, concepts)}\u201d");
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
    private string BestSentences(string text, IReadOnlyList<QueryConcept> concepts)
    {
        var sentences = Sentence().Split(text).Where(s => s.Length > 0).ToList();
        if (sentences.Count <= 2)
        {
            return text;
        }

        var terms = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Terms).ToHashSet(StringComparer.Ordinal);
        var scored = sentences
            .Select((sentence, i) => (i, score: index.Terms(sentence).Count(terms.Contains)))
            .OrderByDescending(s => s.score)
            .ThenBy(s => s.i)
            .Take(2)
            .Where((s, rank) => rank == 0 || s.score > 0)
            .OrderBy(s => s.i)
            .ToList();
        return string.Join(scored.Count == 2 && scored[1].i != scored[0].i + 1 ? " \u2026 " : " ", scored.Select(s => sentences[s.i]));
    }

    private static Citation ToCitation(Passage passage) =>
        new(passage.PolicyTitle, passage.PolicyId, passage.SectionPath, passage.SectionId, passage.Text);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'""])")]
    private static partial Regex Sentence();
}

using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Answers;

/// <summary>Builds extractive answers: the policies' own words from the best passages, with citations.</summary>
internal sealed class AnswerComposer(LibraryIndex index, RoutingTable routing, IReadOnlyList<PolicyDocument> documents, KnowledgeOptions options, TimeProvider time)
{
    private const int Candidates = 12;
    private const int MaxListItems = 10;

    // A hand-off goes to the people of the policy the question is about when one policy clearly is; below
    // this, no policy is, and the manager gets it with a neutral reason. Read on the tuned policies' scale only:
    // below MinConfidence, an untuned document's confidence does not tell which policy a question is about (about
    // a third of the policies it named were the right people, at any confidence; docs/accuracy.md, "Session 6:
    // supporting citations and hand-off routes"), so a question it cannot answer gets the neutral reason.
    private const double AboutAPolicy = 0.4;

    private readonly QuoteChooser _quotes = new(index);

    public PolicyAnswer Answer(string question)
    {
        var trimmed = question.Trim();
        var words = QuestionWords.Of(trimmed);
        var hits = index.Search(trimmed, words, Candidates);
        var best = hits.Count > 0 ? hits[0] : null;
        var confidence = best is null ? 0 : options.Confidence.Score(best);

        // A passage cited must share some of the question's words or meaning; when none does, there is
        // nothing to quote however confident the model is, so it is a handoff too.
        var cited = best is null ? [] : SelectCitations(hits, confidence);
        if (best is null || confidence < options.MinConfidence || cited.Count == 0)
        {
            var about = best is { Tuned: true } && confidence >= AboutAPolicy ? best.Passage : null;
            return NotCovered(trimmed, confidence, routing.Route(trimmed, about?.PolicyId, about?.SectionId));
        }

        return new PolicyAnswer
        {
            Question = trimmed,
            Answered = true,
            Text = Compose(cited, trimmed, words),
            Confidence = Math.Round(confidence, 3),
            Citations = cited.Select(hit => ToCitation(hit.Passage)).ToList(),
            AskAPerson = routing.Route(trimmed, best.Passage.PolicyId, best.Passage.SectionId),
            ReviewNote = ReviewNote(cited.Select(hit => hit.Passage.PolicyId)),
        };
    }

    private PolicyAnswer NotCovered(string question, double confidence, Handoff askAPerson)
    {
        var policies = documents.Count == 1 ? TitleWords.Subject(documents[0].Title) : "the policies I know";
        return new PolicyAnswer
        {
            Question = question,
            Answered = false,
            Text = $"I couldn't find this in {policies}, so I won't guess. {askAPerson.Reason}",
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
            : string.Join(" ", overdue.Select(d => $"{TitleWords.SentenceStart(d.Title)} was due for review in {d.Metadata.NextReviewDate}; check with its owner that this is still current."));
    }

    // Sections in the order of their best passage; each cited by that passage when the confidence model
    // gives it at least a share of the best one's (a larger share after an untuned document's answer, whose
    // confidence sits higher). Document details are fields, and several of them can answer one question.
    // A policy's title field answers only which policy a question is about, so it is cited when it is the best
    // passage, never beside another answer. A document nobody tuned has no question filed under its details, so
    // when one of its own sections is cited too, that section answers: "what happens at the end of my probation?"
    // quoted "Title: Probation" first, and the probation timeline second.
    private List<SearchHit> SelectCitations(IReadOnlyList<SearchHit> hits, double confidence)
    {
        var ratio = hits[0].Tuned ? options.CitationScoreRatio : options.UntunedCitationScoreRatio;
        var cited = hits
            .Where(hit => hit.Coverage > 0 || hit.Semantic > 0)
            .Where((hit, i) => i == 0 || !hit.Passage.IsTitle)
            .GroupBy(hit => (hit.Passage.PolicyId, hit.Passage.SectionId))
            .Where(section => options.Confidence.Score(section.First()) >= confidence * ratio)
            .SelectMany(section => section.First().Passage.Kind == PassageKind.Field ? section.Take(2) : section.Take(1))
            .Take(options.MaxCitations)
            .ToList();
        if (cited is [{ Tuned: false, Passage.IsTitle: true } title, ..] && cited.Skip(1).Any(hit => hit.Passage.PolicyId == title.Passage.PolicyId))
        {
            cited.RemoveAt(0);
        }

        return cited;
    }

    private string Compose(List<SearchHit> cited, string question, List<string> words)
    {
        var first = cited[0].Passage;
        var parts = new List<string> { $"{TitleWords.SentenceStart(first.PolicyTitle)} says, under \"{SectionName(first)}\": \u201c{_quotes.Choose(first, question, words)}\u201d" };

        var list = ListAfter(first);
        if (list.Count > 0)
        {
            parts.Add(string.Join(Environment.NewLine, list.Select(item => "- " + item)));
        }

        var second = cited.Skip(1).Select(hit => hit.Passage).FirstOrDefault(p => p.SectionId != first.SectionId || p.PolicyId != first.PolicyId);
        if (second is not null && list.Count == 0)
        {
            // Every quote names its document when another could be meant.
            var source = second.PolicyId == first.PolicyId && documents.Count == 1 ? "It also says" : $"{TitleWords.SentenceStart(second.PolicyTitle)} also says";
            parts.Add($"{source}, under \"{SectionName(second)}\": \u201c{_quotes.Choose(second, question, words)}\u201d");
        }

        return string.Join(Environment.NewLine + Environment.NewLine, parts);
    }

    // The shortest end of the heading path that names one section of the document: "Be safe", but
    // "Travel > Overview" where the document has two "Overview" sections.
    private string SectionName(Passage passage)
    {
        var parts = passage.SectionPath.Split(PolicySection.PathSeparator);
        var paths = index.PassagesOf(passage.PolicyId).Select(p => p.SectionPath).Distinct().ToList();
        for (var take = 1; take < parts.Length; take++)
        {
            var tail = string.Join(PolicySection.PathSeparator, parts[^take..]);
            if (paths.Count(path => path == tail || path.EndsWith(PolicySection.PathSeparator + tail, StringComparison.Ordinal)) == 1)
            {
                return tail;
            }
        }

        return passage.SectionPath;
    }

    // A sentence that ends in a colon introduces the bullets after it; the answer needs them too.
    private List<string> ListAfter(Passage passage)
    {
        if (!passage.Text.EndsWith(':'))
        {
            return [];
        }

        return index.PassagesOf(passage.PolicyId)
            .Skip(passage.Ordinal + 1)
            .TakeWhile(next => next.Kind == PassageKind.Bullet && next.SectionId == passage.SectionId)
            .Take(MaxListItems)
            .Select(next => next.Text)
            .ToList();
    }

    private static Citation ToCitation(Passage passage) =>
        new(passage.PolicyTitle, passage.PolicyId, passage.SectionPath, passage.SectionId, passage.Text);
}

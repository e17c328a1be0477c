using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Posting;

/// <summary>post-check.json as written, before it is checked and turned into a <see cref="PostCheckFlow"/>.</summary>
internal sealed record FlowFile(string? Policy, string? Start, string? Clear, List<FlowFile.QuestionEntry>? Questions, List<FlowFile.OutcomeEntry>? Outcomes)
{
    internal sealed record QuestionEntry(string? Id, string? Text, string? Help, string? Assume, List<AnswerEntry>? Answers, DraftEntry? Draft)
    {
        public FlowQuestion ToQuestion(string source)
        {
            var id = Required(Id, "every question needs an id", source);
            var answers = (Answers ?? []).Select(a => new FlowAnswer(
                Required(a.Id, $"question '{id}' has an answer without an id", source),
                Required(a.Label, $"question '{id}' has an answer without a label", source),
                Required(a.Next, $"answer '{id}/{a.Id}' does not say what comes next", source),
                a.Outcome)).ToList();
            var draft = Draft is null ? null : new DraftRules((Draft.Rules ?? []).Select(r => new DraftRule(r.Signals ?? [], r.Answer)).ToList(), Draft.Otherwise);
            return new FlowQuestion(id, Required(Text, $"question '{id}' has no text", source), Help, Assume ?? answers.FirstOrDefault()?.Id ?? string.Empty, answers, draft);
        }
    }

    internal sealed record AnswerEntry(string? Id, string? Label, string? Next, string? Outcome);

    internal sealed record DraftEntry(List<RuleEntry>? Rules, string? Otherwise);

    internal sealed record RuleEntry(List<string>? Signals, string? Answer);

    internal sealed record OutcomeEntry(string? Id, string? Verdict, string? Reason, string? Check, List<string>? Handoff, string? Section, string? Quote)
    {
        public FlowOutcome ToOutcome(PolicyDocument document, RoutingTable routing, string source)
        {
            var id = Required(Id, "every outcome needs an id", source);
            if (!VerdictNames.TryParse(Verdict, out var verdict))
            {
                throw new InvalidDataException($"{source}: outcome '{id}' has the verdict '{Verdict}'; use one of {string.Join(", ", VerdictNames.All)}.");
            }

            var section = document.FindSection(Required(Section, $"outcome '{id}' cites no section", source))
                ?? throw new InvalidDataException($"{source}: outcome '{id}' cites the section '{Section}', which '{document.Title}' does not have.");
            var quote = Required(Quote, $"outcome '{id}' has no quote", source);
            if (!section.Blocks.Any(block => QuotedText.Contains(block.Text, quote)))
            {
                throw new InvalidDataException($"{source}: outcome '{id}' quotes words that are not in \"{section.Path}\": \"{quote}\".");
            }

            var handoff = Handoff ?? [];
            var unknown = handoff.FirstOrDefault(route => !routing.RouteIds.Contains(route));
            if (unknown is not null)
            {
                throw new InvalidDataException($"{source}: outcome '{id}' hands off to '{unknown}', which is not a route in routing.json.");
            }

            if (verdict == Posting.Verdict.NeedsAuthorisation && handoff.Count == 0)
            {
                throw new InvalidDataException($"{source}: outcome '{id}' needs authorisation but does not say who gives it (handoff).");
            }

            var citation = new Citation(document.Title, document.Id, section.Path, section.Id, quote);
            return new FlowOutcome(id, verdict, Required(Reason, $"outcome '{id}' gives no reason", source), Check, handoff, citation);
        }
    }

    private static string Required(string? value, string problem, string source) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{source}: {problem}.") : value;
}

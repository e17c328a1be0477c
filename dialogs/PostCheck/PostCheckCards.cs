using PolicyBot.Cards;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>Turns a check's state into the card data its owner, or someone else, should see.</summary>
internal static class PostCheckCards
{
    // "Ask a person" carries the question in the card data; keep it well inside what CardAction accepts.
    private const int MaxQuoteInQuestion = 600;

    public static PostCheckQuestionCardData Question(PostCheckState state, FlowPosition position, string? selected)
    {
        var question = position.Waiting!;
        var fromDraft = position.Steps.Count(step => state.Settled.ContainsKey(step.Question.Id) && state.Answers.All(a => a.QuestionId != step.Question.Id));
        var progress = $"Question {state.Answers.Count + 1}" + (fromDraft > 0 ? $" \u00B7 your draft answered {fromDraft} already" : string.Empty);
        return new PostCheckQuestionCardData(
            state.Id,
            state.Answers.Count,
            question.Id,
            question.Text,
            question.Help,
            question.Answers.Select(a => new ChoiceCardData(a.Id, a.Label)).ToList(),
            selected,
            progress,
            Signals(state),
            state.Answers.Count > 0,
            Refresh(state));
    }

    public static PostCheckVerdictCardData Verdict(PostCheckState state, PostCheckResult result, Handoff fallbackPerson, string? reviewNote)
    {
        var (title, summary, style) = result.Verdict switch
        {
            PolicyBot.Knowledge.Posting.Verdict.Ok => ("You can post this", "Nothing you told me conflicts with the policy.", "good"),
            PolicyBot.Knowledge.Posting.Verdict.Caution => ("OK to post, with care", "Check the points below before you post.", "warning"),
            PolicyBot.Knowledge.Posting.Verdict.NeedsAuthorisation => ("Not without authorisation", $"Don't post it until {Names(result.Handoffs)} say it's OK.", "warning"),
            _ => ("Don't post this", "As it stands it would breach the policy.", "attention"),
        };
        var ask = result.Handoffs.Count > 0 ? result.Handoffs[0] : result.Verdict == PolicyBot.Knowledge.Posting.Verdict.Ok ? null : fallbackPerson;
        return new PostCheckVerdictCardData(
            state.Id,
            state.Answers.Count,
            result.Verdict.ToName(),
            title,
            summary,
            style,
            Signals(state),
            result.Reasons.Select((r, i) => new ReasonCardData(i + 1, r.Reason, r.Check, $"{r.Citation.Policy} > {r.Citation.Section}", r.Citation.Quote, r.Citation.PolicyId, r.Citation.SectionId)).ToList(),
            result.Handoffs.Select(h => new NextStepCardData(h.Contact.Length > 0 ? $"{Capitalise(h.Name)} ({h.Contact})" : Capitalise(h.Name), h.Reason)).ToList(),
            ask?.To,
            ask is null ? null : "Ask " + ask.InSentence,
            HandoffQuestion(state, result),
            reviewNote,
            Refresh(state));
    }

    // Always a refresh for the owner: whoever else sees this card, the owner's client swaps in their own view.
    public static PostCheckSharedCardData Shared(PostCheckState state) => new(state.OwnerName, new RefreshCardData(state.Id, [state.OwnerId]));

    private static RefreshCardData? Refresh(PostCheckState state) => state.Shared ? new RefreshCardData(state.Id, [state.OwnerId]) : null;

    private static List<SignalCardData> Signals(PostCheckState state) =>
        state.Signals.Select(s => new SignalCardData(s.Label, string.Join(", ", s.Evidence.Select(e => $"\u201C{e}\u201D")))).ToList();

    private static string HandoffQuestion(PostCheckState state, PostCheckResult result)
    {
        var draft = state.Draft is null ? string.Empty
            : state.Draft.Length > MaxQuoteInQuestion ? $" \u201C{state.Draft[..MaxQuoteInQuestion]}\u2026\u201D" : $" \u201C{state.Draft}\u201D";
        return $"Can I post this?{draft} PolicyBot's verdict: {result.Verdict.ToName()}.";
    }

    private static string Names(IReadOnlyList<Handoff> handoffs) =>
        handoffs.Count == 0 ? "your manager" : string.Join(" and ", handoffs.Select(h => h.InSentence));

    private static string Capitalise(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}

using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Posting;

/// <summary>Runs the "can I post this?" flow: on a person's answers, or on a draft's text.</summary>
public sealed class PostChecker(PostCheckFlow flow, SignalLexicon lexicon, RoutingTable routing)
{
    /// <summary>The longest draft checked; longer text is a document, not a post.</summary>
    public const int MaxDraftLength = 5000;

    public PostCheckFlow Flow { get; } = flow;

    public SignalLexicon Lexicon { get; } = lexicon;

    /// <summary>Checks a draft: finds its signals, answers what the text settles, assumes the rest.</summary>
    public PostCheckResult Check(string draft)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draft);
        if (draft.Length > MaxDraftLength)
        {
            throw new ArgumentException($"A draft can be at most {MaxDraftLength} characters.", nameof(draft));
        }

        var signals = Lexicon.Detect(draft);
        var settled = Settle(signals);
        var answers = new Dictionary<string, string>(settled, StringComparer.Ordinal);
        var left = new List<FlowQuestion>();
        FlowPosition position;
        while (!(position = Flow.Walk(answers)).Finished)
        {
            var question = position.Waiting!;
            left.Add(question);
            answers[question.Id] = question.Assume;
        }

        return Result(position.Steps, signals, left);
    }

    /// <summary>The answers a draft's signals settle, by question id.</summary>
    public IReadOnlyDictionary<string, string> Settle(IReadOnlyList<DraftSignal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var kinds = signals.Select(s => s.Kind).ToHashSet(StringComparer.Ordinal);
        var settled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in Flow.Questions)
        {
            if (question.Draft?.Settle(kinds) is { } answer)
            {
                settled[question.Id] = answer;
            }
        }

        return settled;
    }

    /// <summary>The verdict for a finished run of the flow.</summary>
    public PostCheckResult Result(IReadOnlyList<FlowStep> steps, IReadOnlyList<DraftSignal> signals, IReadOnlyList<FlowQuestion> questionsLeft)
    {
        var (verdict, reasons) = Flow.Judge(steps);
        var handoffs = reasons.SelectMany(reason => reason.Handoff).Distinct(StringComparer.Ordinal).Select(routing.Get).ToList();
        return new PostCheckResult(verdict, reasons, handoffs, signals, questionsLeft);
    }
}

using System.Text.Json.Serialization;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Bot.Cli;

/// <summary>The JSON shape of a draft check on the command line.</summary>
internal sealed record CheckJson(
    [property: JsonPropertyName("draft")] string Draft,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("signals")] IReadOnlyList<SignalJson> Signals,
    [property: JsonPropertyName("reasons")] IReadOnlyList<ReasonJson> Reasons,
    [property: JsonPropertyName("questions_left")] IReadOnlyList<QuestionLeftJson> QuestionsLeft,
    [property: JsonPropertyName("handoff")] CheckHandoffJson? Handoff)
{
    public static CheckJson From(string draft, PostCheckResult result) => new(
        draft,
        result.Verdict.ToName(),
        result.Signals.Select(s => new SignalJson(s.Kind, s.Evidence)).ToList(),
        result.Reasons.Select(r => new ReasonJson(r.Verdict.ToName(), r.Reason, r.Check, r.Citation.Policy, r.Citation.Section, r.Citation.Quote)).ToList(),
        result.QuestionsLeft.Select(q => new QuestionLeftJson(q.Id, q.Text, q.Answer(q.Assume)!.Label)).ToList(),
        result.Handoffs.Count == 0 ? null : new CheckHandoffJson(result.Handoffs[0].To, result.Handoffs[0].Reason, result.Handoffs.Skip(1).Select(h => h.To).ToList()));
}

internal sealed record SignalJson(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("evidence")] IReadOnlyList<string> Evidence);

internal sealed record ReasonJson(
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("check")] string? Check,
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("quote")] string Quote);

internal sealed record QuestionLeftJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("assumed")] string Assumed);

internal sealed record CheckHandoffJson(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("also")] IReadOnlyList<string> Also);

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Bot.Cli;

/// <summary>The JSON shape of an answer on the command line.</summary>
internal sealed record AnswerJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
    [property: JsonPropertyName("handoff")] HandoffJson? Handoff,
    [property: JsonPropertyName("review_note")] string? ReviewNote)
{
    /// <summary>Whether a model wrote the answer; absent when no model is configured.</summary>
    [JsonPropertyName("generated")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Generated { get; init; }

    /// <summary>Why a configured model's answer is not shown; absent when there is nothing to say.</summary>
    [JsonPropertyName("note")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }

    /// <summary>The version quoted, once a cited policy has more than one; absent otherwise.</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }

    /// <summary>A team's approved answer shown beside the policy's answer; absent when none fits.</summary>
    [JsonPropertyName("approved")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApprovedJson? Approved { get; init; }

    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static AnswerJson From(PolicyAnswer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Text,
        answer.Confidence,
        answer.Citations.Select(c => new CitationJson(c.Policy, c.Section, c.Quote)).ToList(),
        answer.Handoff is { } handoff ? new HandoffJson(handoff.To, handoff.Reason) : null,
        answer.ReviewNote);

    public static AnswerJson From(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return From(result.Answer) with { Generated = result.Generated, Note = result.Note, Version = result.VersionNote, Approved = result.Approved is { } a ? new ApprovedJson(a.Label, a.Answer, a.ApprovedBy, $"{a.Clause.Policy} > {a.Clause.Section}", a.Clause.Quote) : null };
    }
}

internal sealed record CitationJson(
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("quote")] string Quote);

internal sealed record ApprovedJson(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("approved_by")] string ApprovedBy,
    [property: JsonPropertyName("interprets")] string Interprets,
    [property: JsonPropertyName("quote")] string Quote);

internal sealed record HandoffJson(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("reason")] string Reason);

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
        return From(result.Answer) with { Generated = result.Generated, Note = result.Note };
    }
}

internal sealed record CitationJson(
    [property: JsonPropertyName("policy")] string Policy,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("quote")] string Quote);

internal sealed record HandoffJson(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("reason")] string Reason);

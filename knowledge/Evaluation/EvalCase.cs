using System.Text.Json.Serialization;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>One line of an evaluation set: a question and the sections that answer it, or none.</summary>
public sealed record EvalCase(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("sections")] IReadOnlyList<string>? Sections,
    [property: JsonPropertyName("out_of_scope")] bool OutOfScope = false);

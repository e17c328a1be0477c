using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>A button press on a "can I post this?" card, read from its data and checked before anything acts on it.</summary>
public sealed partial record PostCheckAction(string Name, string? FlowId, string? QuestionId, string? AnswerId, int? Step, string? Draft)
{
    public const string Prompt = "postCheck.prompt";
    public const string Start = "postCheck.start";
    public const string Answer = "postCheck.answer";
    public const string Back = "postCheck.back";
    public const string Restart = "postCheck.restart";
    public const string Refresh = "postCheck.refresh";

    /// <summary>Every verb of the check's cards.</summary>
    public static IReadOnlyList<string> Verbs { get; } = [Prompt, Start, Answer, Back, Restart, Refresh];

    /// <summary>Reads an action from card data; null when the data is missing, malformed or forged.</summary>
    public static PostCheckAction? TryRead(JObject data, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        var flowId = Text(data, "flowId");
        var action = new PostCheckAction(name, flowId, Text(data, "questionId"), Text(data, "answerId"), Number(data, "step"), Text(data, "draft")?.Trim());
        var knownFlow = flowId is not null && FlowIdShape().IsMatch(flowId);
        var valid = name switch
        {
            Prompt => true,
            Start => Text(data, "mode") == "questions" || action.Draft is { Length: > 0 and <= PostChecker.MaxDraftLength },
            Answer => knownFlow && action.QuestionId is { Length: > 0 } && action.AnswerId is { Length: > 0 } && action.Step >= 0,
            Back => knownFlow && action.Step >= 0,
            Restart or Refresh => knownFlow,
            _ => false,
        };
        return valid ? action with { Draft = Text(data, "mode") == "questions" ? null : action.Draft } : null;
    }

    /// <summary>The length of the draft in card data, trimmed as <see cref="TryRead"/> reads it; 0 when there is none.</summary>
    public static int DraftLength(JObject? data) => data is null ? 0 : Text(data, "draft")?.Trim().Length ?? 0;

    /// <summary>A new check's id: random, so a card's id cannot be guessed from another's.</summary>
    public static string NewFlowId() => Guid.NewGuid().ToString("N");

    private static string? Text(JObject obj, string key) => obj[key]?.Type == JTokenType.String ? obj.Value<string>(key) : null;

    // Action.Execute sends numbers as numbers; Action.Submit fallbacks on some clients send them as strings.
    private static int? Number(JObject obj, string key) => obj[key] switch
    {
        { Type: JTokenType.Integer } token => token.Value<int>(),
        { Type: JTokenType.String } token when int.TryParse(token.Value<string>(), System.Globalization.CultureInfo.InvariantCulture, out var value) => value,
        _ => null,
    };

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex FlowIdShape();
}

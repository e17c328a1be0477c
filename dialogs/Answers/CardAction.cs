using Newtonsoft.Json.Linq;

namespace PolicyBot.Dialogs.Answers;

/// <summary>What a card button asks for, read from its data and checked before anything acts on it.</summary>
public sealed record CardAction(string Name, string? Question, bool? Helpful, string? PolicyId, string? SectionId, string? To)
{
    /// <summary>Feedback on a card whose message carries the answer: the card that replaces it leaves it out too.</summary>
    public bool AnswerInMessage { get; init; }

    /// <summary>Feedback on a card that showed the review note: the card that replaces it keeps the note; otherwise it stays out (once per conversation).</summary>
    public bool ReviewNoteShown { get; init; }

    public const string Feedback = "feedback";
    public const string ShowSection = "showSection";
    public const string AskPerson = "askPerson";

    /// <summary>What a button with missing or forged data gets told.</summary>
    public const string NotUnderstood = "That button didn't carry what I need. Please ask your question again.";

    private const int MaxQuestionLength = 1000;

    /// <summary>Reads an action from card data; null when the data is missing, malformed or not one of ours.</summary>
    public static CardAction? TryRead(JToken? data, string? verb = null)
    {
        if (data is not JObject obj)
        {
            return null;
        }

        var name = verb ?? Text(obj, "action");
        var action = new CardAction(name ?? string.Empty, Text(obj, "question"), obj["helpful"]?.Type == JTokenType.Boolean ? obj.Value<bool>("helpful") : null, Text(obj, "policyId"), Text(obj, "sectionId"), Text(obj, "to"))
        {
            AnswerInMessage = obj["answerInMessage"]?.Type == JTokenType.Boolean && obj.Value<bool>("answerInMessage"),
            ReviewNoteShown = obj["reviewNote"]?.Type == JTokenType.Boolean && obj.Value<bool>("reviewNote"),
        };
        var valid = name switch
        {
            Feedback => action.Question is { Length: > 0 and <= MaxQuestionLength } && action.Helpful is not null,
            ShowSection => action.PolicyId is { Length: > 0 } && action.SectionId is { Length: > 0 },
            AskPerson => action.Question is { Length: > 0 and <= MaxQuestionLength } && action.To is { Length: > 0 },
            _ => false,
        };
        return valid ? action : null;
    }

    private static string? Text(JObject obj, string key) => obj[key]?.Type == JTokenType.String ? obj.Value<string>(key) : null;
}

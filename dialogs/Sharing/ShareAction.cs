using Newtonsoft.Json.Linq;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>A button of a topic or shared card, read from its data and checked before anything acts on it.</summary>
public sealed record ShareAction(string Name, string? PolicyId, string? TopicId, string? ShareId, string? ChannelId, string? Question)
{
    public const string Start = "share.start";
    public const string Post = "share.post";
    public const string Refresh = "share.refresh";
    public const string Acknowledge = "share.ack";
    public const string Remind = "share.remind";
    public const string Ask = "topic.ask";
    public const string Changes = "share.changes";
    public const string Export = "share.export";

    private const int MaxQuestionLength = 1000;

    /// <summary>Every verb of the topic and shared cards.</summary>
    public static IReadOnlyList<string> Verbs { get; } = [Start, Post, Refresh, Acknowledge, Remind, Ask, Changes, Export];

    /// <summary>The action in the card data, or null when it is missing or malformed.</summary>
    public static ShareAction? TryRead(JToken? data, string name)
    {
        if (data is not JObject obj)
        {
            return null;
        }

        var action = new ShareAction(name, Text(obj, "policyId"), Text(obj, "topicId"), Text(obj, "shareId"), Text(obj, "channelId"), Text(obj, "question")?.Trim());
        var valid = name switch
        {
            Start or Post => action.PolicyId is { Length: > 0 } && action.TopicId is { Length: > 0 },
            Ask => action.Question is { Length: > 0 and <= MaxQuestionLength },
            _ => action.ShareId is { Length: > 0 },
        };
        return valid ? action : null;
    }

    private static string? Text(JObject obj, string key) => obj[key]?.Type == JTokenType.String ? obj.Value<string>(key) : null;
}

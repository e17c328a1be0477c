namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>What the model said, or why it said nothing usable.</summary>
/// <param name="Text">The completion's text, or null when the call failed.</param>
/// <param name="Failure">Why the call failed ("timeout", "429", "500", "circuit-open", "empty"), or null.</param>
public sealed record ChatReply(string? Text, string? Failure)
{
    public static ChatReply Failed(string failure) => new(null, failure);
}

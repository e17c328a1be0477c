namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>A chat model behind resilience: always returns, with text or with the reason it has none.</summary>
public interface IChatModel
{
    /// <summary>Sends the prompt; <paramref name="onText"/>, when given, receives the text as it streams in.</summary>
    Task<ChatReply> CompleteAsync(ChatPrompt prompt, Func<string, CancellationToken, Task>? onText, CancellationToken cancellationToken);
}

namespace PolicyBot.Dialogs.Answers;

/// <summary>Receives an answer while it is being written, for clients that can show it as it grows.</summary>
public interface IAnswerProgress
{
    /// <summary>A short status line ("Reading the policy…") before any answer text.</summary>
    Task InformAsync(string status, CancellationToken cancellationToken);

    /// <summary>The answer so far; each call extends the text of the one before.</summary>
    Task TextAsync(string textSoFar, CancellationToken cancellationToken);
}

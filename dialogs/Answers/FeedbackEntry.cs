namespace PolicyBot.Dialogs.Answers;

/// <summary>A person's 👍 or 👎 on an answer.</summary>
/// <param name="Question">The question the answer was for.</param>
/// <param name="Helpful">True for 👍.</param>
/// <param name="Answered">Whether the bot answered or handed off.</param>
/// <param name="ConversationType">"personal", "groupChat" or "channel".</param>
/// <param name="At">When the feedback was given.</param>
public sealed record FeedbackEntry(string Question, bool Helpful, bool Answered, string ConversationType, DateTimeOffset At);

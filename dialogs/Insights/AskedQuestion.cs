namespace PolicyBot.Dialogs.Insights;

/// <summary>A question staff asked in chat, kept without who asked it.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answered">Whether the bot answered from a policy or handed off.</param>
/// <param name="Section">The section the answer cited first, or null when handed off.</param>
/// <param name="ConversationType">"personal", "groupChat" or "channel".</param>
/// <param name="At">When it was asked.</param>
public sealed record AskedQuestion(string Question, bool Answered, string? Section, string ConversationType, DateTimeOffset At);

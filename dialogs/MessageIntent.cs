namespace PolicyBot.Dialogs;

/// <summary>Recognises messages that are not questions.</summary>
internal static class MessageIntent
{
    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "hi", "hello", "hey", "kia ora", "help", "start", "menu", "what can you do", "what can you do?", "?",
    };

    public static bool IsGreeting(string text) => Greetings.Contains(text.Trim().TrimEnd('!', '.'));
}

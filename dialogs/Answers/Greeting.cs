namespace PolicyBot.Dialogs.Answers;

/// <summary>Recognises a greeting or a call for help, which the welcome card answers.</summary>
internal static class Greeting
{
    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "hi", "hello", "hey", "kia ora", "help", "start", "menu", "what can you do", "what can you do?", "?",
    };

    public static bool Recognizes(string text) => Greetings.Contains(text.Trim().TrimEnd('!', '.'));
}

using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>
/// Recognises a request for the bot to write something ("can you write me a LinkedIn post"), which it does not
/// do; "can I write a blog post about my job?" asks what the policy allows, and is a question.
/// </summary>
internal static partial class WritingRequest
{
    public static bool Recognizes(string text) => Request().IsMatch(text ?? string.Empty);

    // Asked of the bot ("can you write", "could you help me draft"), told to it ("write me", "please draft a
    // tweet"), or wanted for the writer ("draft a post for me").
    [GeneratedRegex(
        @"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:help\s+me\s+)?(?:write|draft|compose)\b"
        + @"|^\s*(?:please\s+)?(?:write|draft|compose)\b"
        + @"|\b(?:write|draft|compose)\s+(?:me|us)\b"
        + @"|\b(?:write|draft|compose)\b[^.?!]{0,60}\bfor\s+(?:me|us)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();
}

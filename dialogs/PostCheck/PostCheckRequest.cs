using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>Recognises "can I post this?" in chat, with or without the draft after it.</summary>
public static partial class PostCheckRequest
{
    /// <summary>True when the message asks for a post check; <paramref name="draft"/> is the draft given with it, if any.</summary>
    public static bool TryParse(string text, out string? draft)
    {
        var match = Request().Match(text ?? string.Empty);
        draft = match.Success && match.Groups["draft"].Value.Trim() is { Length: > 0 } given ? given : null;
        return match.Success;
    }

    // "can I post this: <draft>", "check my post" and the like. "Can I post this photo of my cat?" is a
    // question about posting, not a request to check, so the phrase must end there or be followed by ':' '?' or a new line.
    [GeneratedRegex(@"^\s*(?:can\s+i\s+post\s+this|is\s+(?:this|it)\s+ok(?:ay)?\s+to\s+post(?:\s+this)?|check\s+(?:my|this|a)\s+(?:post|draft)|post\s+check)\s*(?:$|[?:!.\u2013-]+\s*|\r?\n\s*)(?<draft>[\s\S]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();
}

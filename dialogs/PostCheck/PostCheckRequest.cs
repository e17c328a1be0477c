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

    /// <summary>
    /// True when a question asks whether something may be posted or shared ("can I share a photo from our open day
    /// on Facebook?"): a draft checked against the policy may answer what the policy's text did not.
    /// </summary>
    public static bool IsAboutPosting(string question) => AboutPosting().IsMatch(question ?? string.Empty);

    // "can I post this: <draft>", "check my post" and the like. "Can I post this photo of my cat?" is a
    // question about posting, not a request to check, so the phrase must end there or be followed by ':' '?' or a new line.
    [GeneratedRegex(@"^\s*(?:can\s+i\s+post\s+this|is\s+(?:this|it)\s+ok(?:ay)?\s+to\s+post(?:\s+this)?|check\s+(?:my|this|a)\s+(?:post|draft)|post\s+check)\s*(?:$|[?:!.\u2013-]+\s*|\r?\n\s*)(?<draft>[\s\S]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    // "Can I / am I allowed to / is it OK to post, share, tweet ...", after a greeting such as "kia ora" or "hi".
    [GeneratedRegex(@"^\s*(?:(?:kia\s+ora|hi|hello|hey)\b[\s,!.]*)?(?:can|could|may|should)\s+(?:i|we)\s+(?:re)?(?:post|share|tweet|upload|publish)\b|\b(?:am\s+i|are\s+we)\s+allowed\s+to\s+(?:re)?(?:post|share|tweet|upload|publish)\b|\bis\s+it\s+ok(?:ay)?\s+(?:to|if\s+i)\s+(?:re)?(?:post|share|tweet|upload|publish)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutPosting();
}

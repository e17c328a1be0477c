using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>Spots questions the model must never be asked to answer, whatever the prompt says.</summary>
internal static partial class RequestScreen
{
    public static RequestKind Classify(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (DraftRequest().IsMatch(question))
        {
            return RequestKind.DraftPost;
        }

        return (OpinionAsk().IsMatch(question) && Political().IsMatch(question)) || VoteAsk().IsMatch(question)
            ? RequestKind.PoliticalOpinion
            : RequestKind.Question;
    }

    public static string Note(RequestKind kind) => kind switch
    {
        RequestKind.PoliticalOpinion => "I don't give political opinions: staff stay politically neutral. Here is what the policy says.",
        RequestKind.DraftPost => "I don't write posts or comments for anyone. Here is what the policy says; \"can I post this?\" checks a draft you wrote.",
        _ => string.Empty,
    };

    // An instruction to produce the text of a post, not a question about whether one may post.
    [GeneratedRegex(@"(^|[.!?:]\s*|\b(and|then|now|just)\s+|\b(can|could|would|will)\s+you\s+|\bplease\s+|\bhelp\s+me\s+|\bi\s+want\s+you\s+to\s+)(write|draft|compose|rewrite|rephrase|reword|word|create|come\s+up\s+with|give\s+me|make)\b[^.?!]{0,80}\b(post|posts|tweet|comment|caption|status|reply|message|thread|blog)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DraftRequest();

    [GeneratedRegex(@"\b(what\s+do\s+you\s+think|your\s+(own\s+)?(opinion|view|views|take|stance)|do\s+you\s+(support|agree|like|prefer|think)|are\s+you\s+(for|against)|is\s+the\s+(government|minister|party|opposition|prime\s+minister)\s+(good|bad|right|wrong|doing)|who\s+is\s+(right|better|worse)|which\s+(is|one\s+is)\s+better|should\s+(we|i|people)\s+(support|oppose|back))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpinionAsk();

    [GeneratedRegex(@"\b(politic\w*|government|minister|ministers|prime\s+minister|premier|party|parties|election|elections|vote|voting|labour|labor|national|greens?|act\s+party|opposition|parliament|mp|mps|referendum|legislation|bill|left|right[- ]wing|liberal|conservative|democrat|republican)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Political();

    [GeneratedRegex(@"\bwho\s+(should|do)\s+(i|we|you)\s+(vote|support)\b|\b(which|what)\s+party\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoteAsk();
}

using System.Globalization;
using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Versions;

/// <summary>
/// Tells "what changed in the social media policy?" from questions about the policy's content ("can I change
/// my profile photo?"): a question about change that names a policy, "the policy" or a version.
/// </summary>
public static partial class WhatChangedIntent
{
    // Title words that name no policy in particular.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase) { "policy", "the", "and", "of", "for", "on", "a" };

    /// <summary>The question as a request for what changed, or null when it asks something else.</summary>
    public static WhatChangedQuestion? Read(string text, IReadOnlyList<PolicyDocument> policies)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(policies);
        if (!AsksAboutChange().IsMatch(text))
        {
            return null;
        }

        var policy = Named(text, policies);
        var version = Version().Match(text);
        if (policy is null && !version.Success && !PolicyWord().IsMatch(text))
        {
            return null;
        }

        var number = version.Success ? int.Parse(version.Groups["number"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var since = version.Success && version.Groups["since"].Success;
        return new WhatChangedQuestion(policy?.Id, since ? number : null, since ? null : number);
    }

    // The policy whose distinctive title words the question uses most completely; none when it uses none.
    private static PolicyDocument? Named(string text, IReadOnlyList<PolicyDocument> policies)
    {
        var words = Words(text);
        return policies
            .Select(policy => (Policy: policy, Title: Words(policy.Title).Where(word => !Generic.Contains(word)).ToList()))
            .Where(p => p.Title.Count > 0)
            .Select(p => (p.Policy, Share: (double)p.Title.Count(words.Contains) / p.Title.Count))
            .Where(p => p.Share > 0)
            .OrderByDescending(p => p.Share)
            .Select(p => p.Policy)
            .FirstOrDefault();
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:what(?:'s|\u2019s|\s+is|\s+has|\s+have)?\s+(?:been\s+)?(?:changed|new|different|updated|amended|revised)\b|what\s+changes\b|(?:any|recent|latest|the)\s+(?:changes|updates|amendments|revisions)\b|(?:changes|updates|amendments)\s+(?:to|in|made\s+to)\b|\b(?:has|have|did)\b[^?.!]*\b(?:change|changed)\b|\bnew\s+version\b|\bdifference\s+between\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAboutChange();

    [GeneratedRegex(@"\b(?<since>since\s+|from\s+)?(?:version|v)\s*(?<number>\d{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Version();

    [GeneratedRegex(@"\bpolic(?:y|ies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyWord();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

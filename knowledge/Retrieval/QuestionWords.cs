using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// How a question is cut into words for phrase matching: lower case, apostrophes and hyphens kept inside;
/// "US", "IT" and "WHO" in capitals kept apart from the stop words they are spelt like.
/// </summary>
internal static partial class QuestionWords
{
    public static List<string> Of(string text) =>
        Word().Matches(text).Select(match => AcronymFilter.Protect(match.Value) ?? match.Value.ToLowerInvariant().Trim('\'')).Where(word => word.Length > 0).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*")]
    private static partial Regex Word();
}

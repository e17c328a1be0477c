using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>A passage cut into sentences, each with its index terms, so answers can quote the sentences that matter.</summary>
/// <param name="Sentences">The passage's sentences, in order.</param>
/// <param name="Terms">The index terms of each sentence, by position.</param>
internal sealed partial record PassageSentences(string[] Sentences, string[][] Terms)
{
    public static PassageSentences Of(string text, Func<string, List<string>> analyse)
    {
        var sentences = Sentence().Split(text).Where(s => s.Length > 0).ToArray();
        return new PassageSentences(sentences, sentences.Select(s => analyse(s).ToArray()).ToArray());
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'""])")]
    private static partial Regex Sentence();
}

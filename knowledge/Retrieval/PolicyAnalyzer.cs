using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>English analysis for policy text and questions: tokenise, lowercase, drop stop words, stem.</summary>
internal sealed class PolicyAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Lucene's English stop words plus the words staff wrap around a question ("can I", "is it ok to"),
    // which say nothing about which part of a policy answers it.
    private static readonly string[] ChatWords =
    [
        "i", "im", "i'm", "me", "my", "mine", "we", "our", "us", "you", "your", "he", "she", "him", "her", "his",
        "they", "them", "their", "it's", "its", "can", "could", "would", "should", "shall", "may", "might", "must",
        "do", "does", "did", "doing", "done", "what", "whats", "what's", "when", "where", "who", "whom", "which",
        "why", "how", "am", "been", "being", "have", "has", "had", "ok", "okay", "allowed", "allow", "please", "hi",
        "hey", "hello", "thanks", "just", "about", "any", "some", "get", "got", "also", "anything", "something",
        "really", "still", "even", "want", "wanna", "gonna", "need", "know", "tell", "mean", "means", "ever", "yes",
        "u", "ur", "im", "lol", "eh", "bit", "thing", "things", "from", "out", "up", "all", "more", "one", "so",
        "than", "too", "very", "say", "said", "go", "going", "make", "let", "lets", "re",
        "mate", "guys", "someone", "somebody", "anyone", "other", "others", "own", "same",
    ];

    public static CharArraySet StopWords { get; } = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new AcronymFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The index terms of <paramref name="text"/>.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, StandardAnalyzer.STOP_WORDS_SET, ignoreCase: true);
        foreach (var word in ChatWords)
        {
            set.Add(word);
        }

        return set.AsReadOnly();
    }
}

using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class PolicyAnalyzerTests
{
    [Theory]
    [InlineData("Health insurance for staff outside the US", "u.s")]
    [InlineData("Staff outside the U.S. are reimbursed", "u.s")]
    [InlineData("Ask IT for a laptop", "i.t")]
    [InlineData("Advice from the WHO on travel", "w.h.o")]
    public void Terms_AbbreviationSpeltLikeAStopWord_IsKept(string text, string term)
    {
        using var analyzer = new PolicyAnalyzer();

        Assert.Contains(term, analyzer.Terms(text));
    }

    [Theory]
    [InlineData("tell us about it")]
    [InlineData("who can help us")]
    public void Terms_SameWordsInLowerCase_AreStillStopWords(string text)
    {
        using var analyzer = new PolicyAnalyzer();

        Assert.DoesNotContain(analyzer.Terms(text), term => term is "u.s" or "i.t" or "w.h.o" or "us" or "it" or "who");
    }

    [Fact]
    public void QuestionWords_CapitalisedUs_MatchesTheIndexTerm()
    {
        using var analyzer = new PolicyAnalyzer();

        var word = Assert.Single(QuestionWords.Of("US"));
        Assert.Equal(analyzer.Terms("the US"), analyzer.Terms(word));
    }
}

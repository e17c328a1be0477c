using PolicyBot.Knowledge.Parsing.Pdf;

namespace PolicyBot.Knowledge.Tests.Parsing.Pdf;

public sealed class HyphenationTests
{
    private static readonly Hyphenation Document = Hyphenation.Learn(
    [
        "Staff of the organisation use social media as well as email, and",
        "user accounts are personal. Posts are re-",
        "tweeted often. The organi-",
        "sation reviews its well-",
        "being policy, and non-",
        "Compliance is reported. Ranges such as 2016-",
        "2017 stay.",
    ]);

    [Theory]
    [InlineData("The organi-", "sation reviews", "The organisation reviews")]
    [InlineData("they accom-", "modate it", "they accommodate it")]
    [InlineData("the user-", "generated content", "the user-generated content")]
    [InlineData("its well-", "being policy", "its well-being policy")]
    [InlineData("and non-", "Compliance", "and non-Compliance")]
    [InlineData("such as 2016-", "2017 stay.", "such as 2016-2017 stay.")]
    [InlineData("a clause --", "then more", "a clause -- then more")]
    [InlineData("an ordinary", "line", "an ordinary line")]
    [InlineData("a soft hyphen\u00AD", "ated word", "a soft hyphenated word")]
    public void Join_LineEnds_MendBrokenWordsAndKeepCompounds(string first, string next, string expected) =>
        Assert.Equal(expected, Document.Join(first, next));
}

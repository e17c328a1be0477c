using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Tests.Answers;

public sealed class TitleWordsTests
{
    [Theory]
    [InlineData("Social Media Policy", "The Social Media Policy")]
    [InlineData("37signals Code of Conduct", "The 37signals Code of Conduct")]
    [InlineData("International Travel Guide", "The International Travel Guide")]
    [InlineData("How We Work", "\u201cHow We Work\u201d")]
    [InlineData("Benefits & Perks", "\u201cBenefits & Perks\u201d")]
    [InlineData("Paid time off (PTO) policy", "The Paid time off (PTO) policy")]
    [InlineData("A Note About Moonlighting", "\u201cA Note About Moonlighting\u201d")]
    public void SentenceStart_Title_ReadsNaturally(string title, string expected) =>
        Assert.Equal(expected, TitleWords.SentenceStart(title));
}

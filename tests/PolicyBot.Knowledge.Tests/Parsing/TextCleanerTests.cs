using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("You get *three* days.", "You get three days.")]
    [InlineData("Do _not_ share it.", "Do not share it.")]
    [InlineData("You **cannot** comment.", "You cannot comment.")]
    [InlineData("Use __your own__ account.", "Use your own account.")]
    [InlineData("Run `policybot ask` to check.", "Run policybot ask to check.")]
    [InlineData("Read the [Code of Conduct](https://intranet/code) first.", "Read the Code of Conduct first.")]
    [InlineData("See the [guide][safety] and ![the logo](logo.png).", "See the guide and the logo.")]
    [InlineData("Mail <mailto:help@example.org> or <https://example.org/help>.", "Mail mailto:help@example.org or https://example.org/help.")]
    [InlineData("It is ~~optional~~ required.<br/>", "It is optional required.")]
    [InlineData("<span class=\"note\">Staff</span> &amp; contractors", "Staff & contractors")]
    [InlineData("{{% panel header=\"**Note**\" %}} Book leave early. {{% /panel %}}", "Book leave early.")]
    [InlineData("{{< alert type=\"info\" >}}Ask your manager.{{< /alert >}}", "Ask your manager.")]
    public void Clean_MarkdownAndHtml_LeavesTheWordsAsTheyReadAloud(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(text));

    [Theory]
    [InlineData("Set max_retry_count in the file.")]
    [InlineData("Multiply 5 * 3 * 2.")]
    [InlineData("Footnotes use a lone * mark.")]
    [InlineData("Compare a < b and c > d.")]
    [InlineData("The stipend is {{ stipend_amount }} a month.")]
    public void Clean_TextThatOnlyLooksLikeMarkup_IsKept(string text) =>
        Assert.Equal(text, TextCleaner.Clean(text));

    [Fact]
    public void Clean_EscapedMarks_KeepsTheMarksAndNotTheBackslashes() =>
        Assert.Equal("Rate is 5*3* not *bold*", TextCleaner.Clean(@"Rate is 5\*3\* not \*bold\*"));
}

using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class MarkdownSyntaxTests
{
    [Fact]
    public void Parse_MarkdownWithCommentsFencesQuotesAndRules_ReadsOnlyTheText()
    {
        const string text = """
            Travel Policy
            =============

            <!-- Draft: check the
            per diem with finance -->
            > Book travel through the portal.

            ***

            Allowances
            ----------

            ```
            Per diem: $80
            ```

            [portal]: https://intranet/travel
            <div align="center">

            Claims within *30 days*.

            </div>
            """;

        var policy = PolicyParser.Parse("travel", text, PolicyFormat.Markdown);

        Assert.Equal("Travel Policy", policy.Title);
        Assert.Equal(["Travel Policy", "Allowances"], policy.Sections.Select(s => s.Title));
        Assert.Equal(["Book travel through the portal."], policy.Sections[0].Blocks.Select(b => b.Text));
        Assert.Equal(["Per diem: $80", "Claims within 30 days."], policy.Sections[1].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Simplify_DashesAfterABlankLine_AreARuleNotAHeading() =>
        Assert.Equal("Text\n\n", MarkdownSyntax.Simplify("Text\n\n---"));
}

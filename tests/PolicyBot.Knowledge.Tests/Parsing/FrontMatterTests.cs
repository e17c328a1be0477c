using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class FrontMatterTests
{
    private const string Text = """
        ---
        title: "Leave Policy"
        owner: People and Capability   # the team, not a person
        approved_by: 'Chief Executive''s Office'
        version: 2.1
        effectiveDate: 2024-03-01
        review-date: March 2026
        layout: policy
        tags: [leave, pay]
        contacts:
          - hr@example.org
          - payroll@example.org
        description: |
          Long text that is
          not a detail.
        ---
        Staff get four weeks of annual leave.
        """;

    [Fact]
    public void Read_YamlBlock_TakesTitleAndDocumentDetailsAndLeavesTheBody()
    {
        var front = FrontMatter.Read(Text);

        Assert.Equal("Leave Policy", front.Title);
        Assert.Equal(
            [
                new("Owner", "People and Capability"),
                new("Approved by", "Chief Executive's Office"),
                new("Version", "2.1"),
                new("Effective date", "2024-03-01"),
                new("Review date", "March 2026"),
                new("Contacts", "hr@example.org, payroll@example.org"),
            ],
            front.Fields);
        Assert.Equal("Staff get four weeks of annual leave.", front.Body.Trim());
    }

    [Theory]
    [InlineData("# Title\n\n---\n\nText")]
    [InlineData("---\ntitle: never closed\nText")]
    public void Read_NoFrontMatterAtTheTop_LeavesTheTextAlone(string text)
    {
        var front = FrontMatter.Read(text);

        Assert.Null(front.Title);
        Assert.Empty(front.Fields);
        Assert.Equal(text, front.Body);
    }

    [Fact]
    public void Parse_MarkdownWithFrontMatter_MakesItMetadataNotText()
    {
        var policy = PolicyParser.Parse("leave", Text + "\n\n## Annual leave\n\nBook it in the system.", PolicyFormat.Markdown);

        Assert.Equal("Leave Policy", policy.Title);
        Assert.Equal("People and Capability", policy.Metadata.Owner);
        Assert.Equal("Chief Executive's Office", policy.Metadata.ApprovedBy);
        Assert.Equal("2.1", policy.Metadata.Version);
        Assert.Equal("2024-03-01", policy.Metadata.EffectiveDate);
        Assert.Equal("March 2026", policy.Metadata.NextReviewDate);
        var all = policy.AllSections().SelectMany(s => s.Blocks).Select(b => b.Text).ToList();
        Assert.DoesNotContain(all, text => text.Contains("owner", StringComparison.OrdinalIgnoreCase) || text.Contains("---", StringComparison.Ordinal));
        Assert.Equal(["Leave Policy", "Annual leave"], policy.Sections.Select(s => s.Title));
    }
}

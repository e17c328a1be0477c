using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class PolicyParserTests
{
    private static PolicyDocument SocialMedia => PolicyLoader.LoadFile(Path.Combine(TestPolicies.KnowledgeFolder, "policies", "social-media-policy.txt"));

    [Fact]
    public void Parse_SocialMediaExport_ReadsTitleAndDocumentControl()
    {
        var policy = SocialMedia;

        Assert.Equal("Social Media Policy", policy.Title);
        Assert.Equal("Corporate Policy", policy.Kicker);
        Assert.Equal("July 2016", policy.Metadata.LastReviewDate);
        Assert.Equal("July 2017", policy.Metadata.NextReviewDate);
        Assert.Equal("ELT", policy.Metadata.ApprovedBy);
        Assert.Equal("National Manager Communications, Corporate Services", policy.Metadata.Owner);
    }

    [Fact]
    public void Parse_SocialMediaExport_InfersTheSectionTree()
    {
        var paths = SocialMedia.AllSections().Select(s => s.Path).ToList();

        Assert.Equal(
            [
                "Purpose",
                "Policy statement",
                "Scope",
                "Related documents",
                "Policy principles and standards",
                "Policy principles and standards > Staff access to social media at work",
                "Policy principles and standards > Principles",
                "Policy principles and standards > Standards",
                "Policy principles and standards > Standards > Remain politically neutral",
                "Policy principles and standards > Standards > Don't comment on Corrections matters",
                "Policy principles and standards > Standards > Be safe",
                "Policy principles and standards > Standards > Personal responsibility",
                "Policy principles and standards > Standards > Social media etiquette",
                "Policy principles and standards > Standards > Seek advice if you're not sure",
                "Requirements and responsibilities",
                "Definitions",
            ],
            paths);
    }

    [Fact]
    public void Parse_SocialMediaExport_JoinsTheSentenceBrokenAcrossParagraphs()
    {
        var neutral = SocialMedia.FindSection("policy-principles-and-standards/standards/remain-politically-neutral")!;

        Assert.Equal(2, neutral.Blocks.Count);
        Assert.Equal(
            "Corrections employees are personally responsible for the content they publish through any social media tool. Public servants must avoid public comment or criticism of government policy and are required to follow the guidelines set out in the Department's Code of Conduct.",
            neutral.Blocks[0].Text);
        Assert.All(neutral.Blocks, block => Assert.Equal(BlockKind.Bullet, block.Kind));
    }

    [Fact]
    public void Parse_SocialMediaExport_CleansLinksEmphasisAndParagraphTags()
    {
        var all = SocialMedia.AllSections().SelectMany(s => s.Blocks).Select(b => b.Text).ToList();

        Assert.DoesNotContain(all, text => text.Contains("](#)", StringComparison.Ordinal) || text.Contains("**", StringComparison.Ordinal) || text.Contains("<p>", StringComparison.Ordinal));
        Assert.Contains(all, text => text.StartsWith("Refer to Corrections' Social Media Safety Tips and the guide Ensuring Your Personal Safety", StringComparison.Ordinal));
        Assert.Contains(all, text => text.Contains("they cannot comment on Corrections related matters", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SocialMediaExport_ReadsBothTablesWithHeaders()
    {
        var responsibilities = SocialMedia.FindSection("requirements-and-responsibilities")!;
        var definitions = SocialMedia.FindSection("definitions")!;

        Assert.Equal(["Person/Party", "Responsibilities"], responsibilities.TableHeader);
        Assert.Equal(5, responsibilities.Blocks.Count(b => b.Kind == BlockKind.TableRow));
        Assert.Equal("Executive Leadership Team (ELT): Approves the policy.", responsibilities.Blocks[0].Text);
        var definition = Assert.Single(definitions.Blocks);
        Assert.Equal("Social Media", definition.Cells[0]);
        Assert.StartsWith("Social media is the term used to define a category of websites and tools based on user participation and user-generated content. Social media tools include wikis", definition.Cells[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SocialMediaExport_KeepsBulletsAndIntroParagraphs()
    {
        var related = SocialMedia.FindSection("related-documents")!;

        Assert.Equal(BlockKind.Paragraph, related.Blocks[0].Kind);
        Assert.EndsWith(":", related.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(6, related.Blocks.Count(b => b.Kind == BlockKind.Bullet));
        Assert.Equal("Privacy Act 1993", related.Blocks[^1].Text);
    }

    [Fact]
    public void Parse_DifferentlyShapedExport_InfersHeadingsFieldsAndLevelsWithTheSameRules()
    {
        var policy = PolicyLoader.LoadFile(TestPolicies.TestData("policies/gifts-and-hospitality-policy.txt"));

        Assert.Equal("Gifts and Hospitality Policy", policy.Title);
        Assert.Null(policy.Kicker);
        Assert.Equal("Chief Financial Officer", policy.Metadata.Owner);
        Assert.Equal("Audit and Risk Committee", policy.Metadata.ApprovedBy);
        Assert.Equal("March 2026", policy.Metadata.NextReviewDate);
        Assert.Equal(
            [
                "Overview",
                "Who this applies to",
                "Rules for accepting gifts",
                "Rules for accepting gifts > Gifts worth less than $50",
                "Rules for accepting gifts > Gifts worth $50 or more",
                "Procedures",
                "Procedures > Declaring a gift",
                "Responsibilities",
                "Contacts",
            ],
            policy.AllSections().Select(s => s.Path));
    }

    [Fact]
    public void Parse_DifferentlyShapedExport_JoinsWrappedLinesAndReadsThreeColumnTables()
    {
        var policy = PolicyLoader.LoadFile(TestPolicies.TestData("policies/gifts-and-hospitality-policy.txt"));

        var small = policy.FindSection("rules-for-accepting-gifts/gifts-worth-less-than-50")!;
        Assert.Equal("You may keep a small token of appreciation, such as chocolates or a pen, if it was not asked for and is not linked to a decision you are making.", Assert.Single(small.Blocks).Text);
        Assert.Equal(2, policy.FindSection("rules-for-accepting-gifts/gifts-worth-50-or-more")!.Blocks.Count(b => b.Kind == BlockKind.Bullet));
        Assert.Equal("Record every gift in the gifts register within five working days.", policy.FindSection("procedures/declaring-a-gift")!.Blocks[0].Text);
        var staff = policy.FindSection("responsibilities")!.Blocks[0];
        Assert.Equal(["Staff", "Declare gifts. Ask if unsure.", "Within five days"], staff.Cells);
        Assert.Equal(["Role", "What they do", "When"], policy.FindSection("responsibilities")!.TableHeader);
    }

    [Fact]
    public void Parse_Markdown_UsesHashHeadingsPipeTablesAndFields()
    {
        var policy = PolicyLoader.LoadFile(TestPolicies.TestData("policies/remote-work-policy.md"));

        Assert.Equal("Remote Work Policy", policy.Title);
        Assert.Equal("People and Capability", policy.Metadata.Owner);
        Assert.Equal("June 2030", policy.Metadata.NextReviewDate);
        Assert.Equal(
            ["Purpose", "Eligibility", "Eligibility > Roles that qualify", "Eligibility > Roles that do not qualify", "Equipment"],
            policy.AllSections().Select(s => s.Path));
        Assert.Equal("This policy explains when staff may work from home.", policy.Sections[0].Blocks[0].Text);
        Assert.Equal("Roles approved by a manager, see the remote work guide.", policy.FindSection("eligibility/roles-that-qualify")!.Blocks[1].Text);
        var equipment = policy.FindSection("equipment")!;
        Assert.Equal(["Item", "Who provides it"], equipment.TableHeader);
        Assert.Equal(["Laptop: The agency", "Desk and chair: Staff member"], equipment.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("July 2017", "2017-08-01")]
    [InlineData("1 March 2024", "2024-03-02")]
    [InlineData("2030-06-30", "2030-07-01")]
    public void FirstDayAfter_ReviewDate_IsTheDayItBecomesOverdue(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReviewDates.FirstDayAfter(text));
    }

    [Fact]
    public void LoadFolder_EmptyFolder_FailsLoudly()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;

        var error = Assert.Throws<InvalidDataException>(() => PolicyLoader.LoadFolder(folder));
        Assert.Contains("holds no readable .txt, .md, .docx or .pdf policy", error.Message, StringComparison.Ordinal);
    }
}

using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class PolicyAssemblerTests
{
    [Fact]
    public void Parse_MarkdownTextBeforeTheFirstSection_IsASectionNamedAfterTheDocument()
    {
        var policy = PolicyParser.Parse("how-we-work", "# How We Work\n\nThis handbook is for *everyone*.\n\n## Hours\n\nCore hours are 10 to 3.", PolicyFormat.Markdown);

        Assert.Equal("How We Work", policy.Title);
        Assert.Equal(["How We Work", "Hours"], policy.Sections.Select(s => s.Title));
        Assert.Equal("how-we-work", policy.Sections[0].Id);
        Assert.Equal("This handbook is for everyone.", policy.Sections[0].Blocks[0].Text);
    }

    [Fact]
    public void Parse_PlainTextWithTextBeforeTheFirstHeading_NamesThatSectionAfterTheDocumentToo()
    {
        var policy = PolicyParser.Parse("travel-policy", "Travel Policy\nOwner: Finance\n\nThis policy covers work travel by all staff.\n\nPurpose\nTo keep travel safe.", PolicyFormat.PlainText);

        Assert.Equal(["Travel Policy", "Purpose"], policy.Sections.Select(s => s.Title));
        Assert.Equal("This policy covers work travel by all staff.", policy.Sections[0].Blocks[0].Text);
    }

    [Fact]
    public void Parse_MarkdownWhoseSectionsAreAllHashHeadings_TakesNoSectionForTheTitle()
    {
        var policy = PolicyParser.Parse("leave-policy", "# Annual leave\n\nFour weeks.\n\n## Booking\n\nUse the system.\n\n# Sick leave\n\nTen days.", PolicyFormat.Markdown);

        Assert.Equal("Leave policy", policy.Title);
        Assert.Equal(["Annual leave", "Annual leave > Booking", "Sick leave"], policy.AllSections().Select(s => s.Path));
    }

    [Fact]
    public void Parse_MarkdownOpeningWithAStandardSectionName_DoesNotTakeItForTheTitle()
    {
        var policy = PolicyParser.Parse("devices", "# Purpose\n\nTo say who gets a phone.", PolicyFormat.Markdown);

        Assert.Equal("Devices", policy.Title);
        Assert.Equal("Purpose", Assert.Single(policy.Sections).Title);
    }

    [Fact]
    public void Parse_MarkdownKickerTitleAndDetailsTable_ReadsThemAsThePreamble()
    {
        const string text = """
            Corporate Policy

            # Media Policy

            | Owner | Communications |
            | --- | --- |
            | Version | 3 |
            | Effective from | 1 May 2025 |

            ## Talking to journalists

            Refer every call to the media team.
            """;

        var policy = PolicyParser.Parse("media-policy", text, PolicyFormat.Markdown);

        Assert.Equal("Media Policy", policy.Title);
        Assert.Equal("Corporate Policy", policy.Kicker);
        Assert.Equal("Communications", policy.Metadata.Owner);
        Assert.Equal("3", policy.Metadata.Version);
        Assert.Equal("1 May 2025", policy.Metadata.EffectiveDate);
        Assert.Equal(["Talking to journalists"], policy.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Parse_TableAtTheTopThatIsNotDetails_StaysATable()
    {
        var policy = PolicyParser.Parse("equipment", "# Equipment\n\n| Item | Who provides it |\n| --- | --- |\n| Laptop | The agency |", PolicyFormat.Markdown);

        Assert.Empty(policy.Metadata.Fields);
        Assert.Equal(["Item", "Who provides it"], policy.Sections[0].TableHeader);
        Assert.Equal("Laptop: The agency", Assert.Single(policy.Sections[0].Blocks).Text);
    }

    [Fact]
    public void Parse_TableOfThreeColumns_LabelsTheThirdCellWithItsColumn()
    {
        var policy = PolicyLoader.LoadFile(TestPolicies.TestData("policies/gifts-and-hospitality-policy.txt"));

        var rows = policy.FindSection("responsibilities")!.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text);

        Assert.Equal(["Staff: Declare gifts. Ask if unsure. When: Within five days", "Managers: Review the register; When: Monthly"], rows);
    }
}

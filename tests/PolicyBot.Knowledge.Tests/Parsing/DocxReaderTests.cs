using DocumentFormat.OpenXml.Wordprocessing;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using static PolicyBot.Knowledge.Tests.Parsing.WordFiles;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class DocxReaderTests
{
    [Fact]
    public void LoadFile_WordStyles_GiveTitleHeadingsAndLevels()
    {
        var path = Write("travel-policy.docx",
        [
            Para("Corporate Policy"),
            Para("Travel Policy", "Title"),
            Para("For all staff", "Subtitle"),
            Para("Contents", "TOC1"),
            Para("Booking travel\t3", "TOC1"),
            Para("Booking travel", "Heading1"),
            Para("Book through the portal."),
            Para("Flights", "PolicySubheading"),
            Para("Economy class for flights under six hours."),
            WithOutline("Accommodation", 1),
            Para("Stay within the rate card."),
            Para("Claims", "Heading1"),
            Para("Claim within 30 days."),
        ]);

        var policy = PolicyLoader.LoadFile(path);

        Assert.Equal("Travel Policy", policy.Title);
        Assert.Equal("Corporate Policy", policy.Kicker);
        // The subtitle is the document's own opening text; the table of contents is left out.
        Assert.Equal(
            ["Travel Policy", "Booking travel", "Booking travel > Flights", "Booking travel > Accommodation", "Claims"],
            policy.AllSections().Select(s => s.Path));
        Assert.Equal(["For all staff"], policy.Sections[0].Blocks.Select(b => b.Text));
        Assert.Equal(["Book through the portal."], policy.Sections[1].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void LoadFile_ListsTablesAndRuns_ReadAsBulletsRowsAndWholeSentences()
    {
        var path = Write("devices.docx",
        [
            Para("Devices", "Heading1"),
            Para(null, RunOf("You "), RunOf("must", bold: true), RunOf(" lock your phone."), RunOf(" (internal note)", hidden: true), new Hyperlink(RunOf(" See the guide.")) { Anchor = "guide" }),
            Numbered("Use a PIN.", 3),
            Para("Turn on remote wipe.", "ListBullet"),
            Numbered("Not a list item any more.", 0),
            TableOf(["Device", "Who provides it", "When"], ["Laptop", "The agency", "On your first day"], ["Phone", "Your manager", "If your role needs one"]),
            TableOf(["Note: report a lost device at once."]),
        ]);

        var devices = Assert.Single(PolicyLoader.LoadFile(path).Sections);

        Assert.Equal(
            [
                (BlockKind.Paragraph, "You must lock your phone. See the guide."),
                (BlockKind.Bullet, "Use a PIN."),
                (BlockKind.Bullet, "Turn on remote wipe."),
                (BlockKind.Paragraph, "Not a list item any more."),
                (BlockKind.TableRow, "Laptop: The agency; When: On your first day"),
                (BlockKind.TableRow, "Phone: Your manager; When: If your role needs one"),
                (BlockKind.Paragraph, "Note: report a lost device at once."),
            ],
            devices.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal(["Device", "Who provides it", "When"], devices.TableHeader);
    }

    [Fact]
    public void LoadFile_DetailsTableAndCoreProperties_BecomeTheMetadata()
    {
        var path = Write(
            "leave.docx",
            [
                Para("Leave Policy", "Heading1"),
                TableOf(["Policy owner", "People and Capability"], ["Approved by", "Chief Executive"], ["Version", "4.0"], ["Effective date", "1 July 2025"], ["Review date", "June 2027"]),
                Para("Annual leave", "Heading2"),
                Para("Four weeks a year."),
            ],
            title: "leave-policy-final-v4",
            creator: "Jo Bloggs",
            modified: new DateTime(2025, 6, 3, 10, 0, 0, DateTimeKind.Utc));

        var policy = PolicyLoader.LoadFile(path);

        Assert.Equal("Leave Policy", policy.Title);
        Assert.Equal("People and Capability", policy.Metadata.Owner);
        Assert.Equal("Chief Executive", policy.Metadata.ApprovedBy);
        Assert.Equal("4.0", policy.Metadata.Version);
        Assert.Equal("1 July 2025", policy.Metadata.EffectiveDate);
        Assert.Equal("June 2027", policy.Metadata.NextReviewDate);
        Assert.Contains(new KeyValuePair<string, string>("Author", "Jo Bloggs"), policy.Metadata.Fields);
        Assert.Contains(new KeyValuePair<string, string>("Last modified", "3 June 2025"), policy.Metadata.Fields);
        Assert.Equal(["Annual leave"], policy.Sections.Select(s => s.Title));
    }

    [Fact]
    public void LoadFile_NoTitleInTheText_TakesTheCorePropertiesTitle()
    {
        var path = Write("code.docx", [Para("Purpose", "Heading1"), Para("Sets the standard.")], title: "Code of Conduct");

        Assert.Equal("Code of Conduct", PolicyLoader.LoadFile(path).Title);
    }

    [Fact]
    public void LoadFile_DocumentWithoutHeadingStyles_FallsBackToTheShapeOfTheText()
    {
        var path = Write("gifts.docx",
        [
            Para("Gifts Policy"),
            Para("Owner: Chief Financial Officer"),
            Para("Purpose"),
            Para("Explains when staff may accept gifts."),
            Para("Declaring a gift"),
            Para("Record it in the register."),
        ]);

        var policy = PolicyLoader.LoadFile(path);

        Assert.Equal("Gifts Policy", policy.Title);
        Assert.Equal("Chief Financial Officer", policy.Metadata.Owner);
        Assert.Equal(["Purpose", "Declaring a gift"], policy.Sections.Select(s => s.Title));
    }

    [Fact]
    public void LoadFile_ShippedPolicyAsWord_KeepsBoldAndLinkedWordsInTheirSentences()
    {
        var policy = PolicyLoader.LoadFile(KnowledgeFolders.Format(".docx"));

        var all = policy.AllSections().SelectMany(s => s.Blocks).Select(b => b.Text).ToList();
        Assert.Contains(all, text => text.Contains("they cannot comment on Corrections related matters", StringComparison.Ordinal));
        Assert.Contains(all, text => text.EndsWith("set out in the Department's Code of Conduct.", StringComparison.Ordinal));
        Assert.Contains(new KeyValuePair<string, string>("Last modified", "1 July 2026"), policy.Metadata.Fields);
    }
}

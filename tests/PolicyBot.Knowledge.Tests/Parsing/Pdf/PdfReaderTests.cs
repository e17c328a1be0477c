using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using static PolicyBot.Knowledge.Tests.Parsing.Pdf.PdfFiles;

namespace PolicyBot.Knowledge.Tests.Parsing.Pdf;

public sealed class PdfReaderTests
{
    // Two pages of a leave policy: a running header and page numbers, headings set larger and bold, a paragraph
    // with two words hyphenated at line ends, bullets with a hanging indent, a sentence that runs over the page
    // break, and a table.
    private static readonly Line[] PageOne =
    [
        Heading("Leave Policy", 20, gapBefore: 0),
        Text("Owner: People and Capability", gapBefore: 6),
        Heading("Annual leave", 14),
        Text("Every employee gets four weeks of annual leave, which supports their well-", gapBefore: 4),
        Text("being as well as their work. Leave is booked in the organi-"),
        Text("sation's system."),
        Heading("Booking leave", 12),
        Bullet("Book at least two weeks ahead.", gapBefore: 4),
        Bullet("Tell your team, and put it in the shared", gapBefore: 2),
        Text("calendar.", x: 95),
        Text("Leave not taken by the end of the year is carried over to the next", gapBefore: 6),
    ];

    private static readonly Line[] PageTwo =
    [
        Text("year, up to a limit of one week."),
        Heading("Sick leave", 14),
        Text("Ten days a year, for you or someone you care for.", gapBefore: 4),
        Row(6, "Type", "Days"),
        Row(5, "Sick", "10"),
        Row(5, "Bereavement", "3"),
    ];

    [Fact]
    public void LoadFile_PdfWithoutOutline_FindsHeadingsFromTheFonts()
    {
        var policy = PolicyLoader.LoadFile(Write("leave-policy.pdf", Build([PageOne, PageTwo], header: "Acme Ltd | Leave Policy")));

        Assert.Equal("Leave Policy", policy.Title);
        Assert.Equal("People and Capability", policy.Metadata.Owner);
        Assert.Equal(["Annual leave", "Annual leave > Booking leave", "Sick leave"], policy.AllSections().Select(s => s.Path));
    }

    [Fact]
    public void LoadFile_Pdf_JoinsLinesMendsHyphensAndDropsPageFurniture()
    {
        var policy = PolicyLoader.LoadFile(Write("leave-policy.pdf", Build([PageOne, PageTwo], header: "Acme Ltd | Leave Policy")));

        Assert.Equal(
            ["Every employee gets four weeks of annual leave, which supports their well-being as well as their work. Leave is booked in the organisation's system."],
            policy.FindSection("annual-leave")!.Blocks.Select(b => b.Text));
        Assert.Equal(
            [
                (BlockKind.Bullet, "Book at least two weeks ahead."),
                (BlockKind.Bullet, "Tell your team, and put it in the shared calendar."),
                (BlockKind.Paragraph, "Leave not taken by the end of the year is carried over to the next year, up to a limit of one week."),
            ],
            policy.FindSection("annual-leave/booking-leave")!.Blocks.Select(b => (b.Kind, b.Text)));
        var all = policy.AllSections().SelectMany(s => s.Blocks).Select(b => b.Text).ToList();
        Assert.DoesNotContain(all, text => text.Contains("Acme Ltd", StringComparison.Ordinal) || text.Contains("Page ", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadFile_PdfTable_KeepsItsRowsAndHeader()
    {
        var policy = PolicyLoader.LoadFile(Write("leave-policy.pdf", Build([PageOne, PageTwo], header: "Acme Ltd | Leave Policy")));

        var sick = policy.FindSection("sick-leave")!;
        Assert.Equal(["Type", "Days"], sick.TableHeader);
        Assert.Equal(["Ten days a year, for you or someone you care for.", "Sick: 10", "Bereavement: 3"], sick.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void LoadFile_PdfWithOutline_TakesHeadingsFromItEvenInBodyType()
    {
        // Every line in the body face and size: only the outline says which lines are headings.
        Line[] page =
        [
            Text("Travel Policy"),
            Text("Booking", gapBefore: 8),
            Text("Book through the portal.", gapBefore: 4),
            Text("Flights", gapBefore: 8),
            Text("Economy class for flights under six hours.", gapBefore: 4),
            Text("Claims", gapBefore: 8),
            Text("Claim within 30 days.", gapBefore: 4),
        ];
        var outline = new List<(string, int, int)> { ("Travel Policy", 0, 1), ("Booking", 1, 1), ("Flights", 2, 1), ("Claims", 1, 1) };

        var policy = PolicyLoader.LoadFile(Write("travel.pdf", Build([page], outline: outline)));

        Assert.Equal("Travel Policy", policy.Title);
        Assert.Equal(["Booking", "Booking > Flights", "Claims"], policy.AllSections().Select(s => s.Path));
        Assert.Equal("Economy class for flights under six hours.", Assert.Single(policy.FindSection("booking/flights")!.Blocks).Text);
    }

    [Fact]
    public void LoadFile_ShippedPolicyPrintedByLibreOffice_DropsHeaderFooterAndReadsTheSplitTableOnce()
    {
        var policy = PolicyLoader.LoadFile(KnowledgeFolders.Format(".pdf"));

        var all = policy.AllSections().SelectMany(s => s.Blocks).Select(b => b.Text).ToList();
        Assert.DoesNotContain(all, text => text.Contains("Uncontrolled when printed", StringComparison.Ordinal) || text.Contains("Department of Corrections |", StringComparison.Ordinal));
        Assert.Contains(all, text => text.Contains("based on user participation and user-generated content.", StringComparison.Ordinal));

        // The table runs over a page break, where LibreOffice repeats its header row.
        var responsibilities = policy.FindSection("requirements-and-responsibilities")!;
        Assert.Equal(["Person/Party", "Responsibilities"], responsibilities.TableHeader);
        Assert.Equal(
            ["Executive Leadership Team (ELT)", "National Communications Manager", "Managers", "All staff", "Staff managing Corrections' social media platforms"],
            responsibilities.Blocks.Select(b => b.Cells[0]));
    }

    [Fact]
    public void LoadFile_JustifiedLineWithWideGaps_StaysInItsParagraph()
    {
        Line[] page =
        [
            Heading("Remote work", 14, gapBefore: 0),
            Text("Staff may work from home on up to two days in each week when their", gapBefore: 4),
            Stretched("manager", "agrees,"),
            Text("and the work allows it."),
            Text("Contact", gapBefore: 8),
        ];

        var remote = PolicyLoader.LoadFile(Write("remote.pdf", Build([page]))).FindSection("remote-work")!;

        Assert.Equal(
            ["Staff may work from home on up to two days in each week when their manager agrees, and the work allows it.", "Contact"],
            remote.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(remote.Blocks, b => b.Kind == BlockKind.TableRow);
    }

    [Fact]
    public void LoadFile_PdfWithNoText_SaysItNeedsATextLayer()
    {
        var error = Assert.Throws<InvalidDataException>(() => PolicyLoader.LoadFile(Write("scanned.pdf", Build([[]]))));

        Assert.StartsWith("scanned.pdf: no text was found in it.", error.Message, StringComparison.Ordinal);
        Assert.Contains("text layer", error.Message, StringComparison.Ordinal);
    }
}

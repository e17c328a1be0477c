using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class TableOfContentsTests
{
    // "## Requirement(s)" lists its subsections as links to them, and holds nothing else.
    [Fact]
    public void Items_LinksToTheDocumentsOwnHeadings_AreTheContentsList()
    {
        var document = PolicyLoader.LoadFile(TestPolicies.TestData("library-test10/documents/homeoffice-security-dependencies.md"));
        var requirements = document.AllSections().Single(section => section.Title == "Requirement(s)");

        var items = TableOfContents.Items(document);

        Assert.Equal(4, requirements.Blocks.Count);
        Assert.All(requirements.Blocks, block => Assert.True(items.Contains(block)));
        Assert.Equal(4, items.Count);
    }

    // A numbered "Contents" list whose links the writer respelled ("Lodging/Accommodations" for "Lodging
    // (Accomodations)") is still a contents list; the policy statement's bullets below it are not.
    [Fact]
    public void Items_NumberedContentsWithARespelledEntry_StillTheContentsList()
    {
        var document = PolicyLoader.LoadFile(TestPolicies.TestData("library-test9/documents/carpentries-travel-reimbursement.md"));
        var contents = document.AllSections().Single(section => section.Title == "Contents");

        var items = TableOfContents.Items(document);

        Assert.Equal(20, contents.Blocks.Count);
        Assert.All(contents.Blocks, block => Assert.True(items.Contains(block)));
        Assert.Equal(contents.Blocks.Count, items.Count);
    }

    // Short lists of leave types that link to their sections answer "what can I use for ...": kept.
    [Fact]
    public void Items_ShortListsAndListsWithDetails_AreNotContents()
    {
        var document = PolicyLoader.LoadFile(TestPolicies.TestData("library-test/library/18f-leave-types.md"));

        Assert.Empty(TableOfContents.Items(document));
    }

    [Fact]
    public void Items_ThreeBulletsOfWhichOneNamesAHeading_AreNotContents()
    {
        var document = PolicyParser.Parse("p", "# P\n\n## Rules\n\n- Leave\n- Pay your own way\n- Ask first\n\n## Leave\n\nTake it.\n", PolicyFormat.Markdown);

        Assert.Empty(TableOfContents.Items(document));
    }

    // Blocks are records: an identical bullet elsewhere in the document is not taken for the contents list's.
    [Fact]
    public void Items_SameTextOutsideTheList_IsNotAnItem()
    {
        var document = PolicyParser.Parse("p", "# P\n\n## Contents\n\n- Leave\n- Pay\n- Travel\n\n## Leave\n\n- Pay\n\n## Pay\n\nMonthly.\n\n## Travel\n\nBy train.\n", PolicyFormat.Markdown);
        var leave = document.AllSections().Single(section => section.Title == "Leave");

        var items = TableOfContents.Items(document);

        Assert.Equal(3, items.Count);
        Assert.False(items.Contains(leave.Blocks[0]));
    }
}

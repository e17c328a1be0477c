using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Knowledge.Tests.Versions;

public sealed class PolicyVersionTests
{
    [Fact]
    public void Of_StatedEffectiveDate_UsesTheDocumentsDate()
    {
        var version = RevisedPolicy.Version2;

        Assert.Equal(new DateOnly(2027, 3, 1), version.EffectiveDate);
        Assert.Equal(EffectiveDateSource.Stated, version.EffectiveFrom);
        Assert.Equal("version 2, effective 1 March 2027", version.Label);
    }

    [Fact]
    public void Of_NoEffectiveDate_UsesTheDayItWasFirstSeen()
    {
        var version = PolicyVersion.Of(RevisedPolicy.Shipped, 1, TestPolicies.Clock(2026, 12, 3));

        Assert.Equal(new DateOnly(2026, 12, 3), version.EffectiveDate);
        Assert.Equal(EffectiveDateSource.FirstSeen, version.EffectiveFrom);
        Assert.Equal("version 1, in use from 3 December 2026", version.Label);
    }

    [Theory]
    [InlineData("Effective date:\tMarch 2027", 2027, 3, 1)]
    [InlineData("Date effective:\t2027-04-15", 2027, 4, 15)]
    [InlineData("In force from:\t2 May 2027", 2027, 5, 2)]
    public void Of_EffectiveDateLabelsAndFormats_AreRead(string field, int year, int month, int day)
    {
        var text = "Test Policy\n\n" + field + "\nOwner:\tSomeone\n\nPurpose\n\nA purpose.\n";

        var version = PolicyVersion.Of(PolicyParser.Parse("test-policy", text, PolicyFormat.PlainText), 1, TestPolicies.Clock());

        Assert.Equal(new DateOnly(year, month, day), version.EffectiveDate);
    }

    [Fact]
    public void Of_UnreadableEffectiveDate_FallsBackToFirstSeen()
    {
        var text = "Test Policy\n\nEffective date:\twhen approved\nOwner:\tSomeone\n\nPurpose\n\nA purpose.\n";

        var version = PolicyVersion.Of(PolicyParser.Parse("test-policy", text, PolicyFormat.PlainText), 1, TestPolicies.Clock());

        Assert.Equal(EffectiveDateSource.FirstSeen, version.EffectiveFrom);
    }

    [Fact]
    public void Of_Sections_KeepTheirOwnTextAndHash()
    {
        var document = RevisedPolicy.Shipped;
        var version = PolicyVersion.Of(document, 1, TestPolicies.Clock());

        var beSafe = version.FindSection(RevisedPolicy.BeSafe)!;
        Assert.Equal(document.AllSections().Count(), version.Sections.Count);
        Assert.Equal(3, beSafe.Blocks.Count);
        Assert.StartsWith("Refer to Corrections' Social Media Safety Tips", beSafe.Text, StringComparison.Ordinal);
        Assert.Equal(ContentHash.Of(document.FindSection(RevisedPolicy.BeSafe)!), beSafe.Hash);

        // A table keeps its column names as its first line, so a renamed column is a change.
        Assert.Equal("Person/Party | Responsibilities", version.FindSection("requirements-and-responsibilities")!.Blocks[0]);
    }
}

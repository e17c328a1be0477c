using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Knowledge.Tests.Versions.Approved;

public sealed class ClauseCheckTests
{
    [Theory]
    [InlineData(RevisedPolicy.DontComment, ClauseStatus.Unchanged, RevisedPolicy.DontComment)]
    [InlineData(RevisedPolicy.BeSafe, ClauseStatus.Changed, RevisedPolicy.BeSafe)]
    [InlineData("related-documents", ClauseStatus.Moved, "related-policies")]
    [InlineData("policy-statement", ClauseStatus.Removed, null)]
    public void Of_ClauseInTheRevisedPolicy_Status(string sectionId, ClauseStatus status, string? nowIn)
    {
        var clause = ClauseReference.In(RevisedPolicy.Version1, sectionId);

        var check = ClauseCheck.Of(clause, RevisedPolicy.Version2);

        Assert.Equal(status, check.Status);
        Assert.Equal(nowIn, check.Section?.Id);
    }

    [Fact]
    public void In_HeadingWithNoWordsOfItsOwn_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ClauseReference.In(RevisedPolicy.Version1, "policy-principles-and-standards"));

        Assert.Contains("pick the section below it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_Section_RecordsItsHashAndVersion()
    {
        var version = RevisedPolicy.Version1;

        var clause = ClauseReference.In(version, RevisedPolicy.BeSafe);

        Assert.Equal(version.FindSection(RevisedPolicy.BeSafe)!.Hash, clause.SectionHash);
        Assert.Equal((1, "Be safe", "Social Media Policy"), (clause.VersionNumber, clause.SectionTitle, clause.PolicyTitle));
    }
}

using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Knowledge.Tests.Versions;

public sealed class ReadingCheckTests
{
    private static readonly PolicyHistory TwoVersions = new([RevisedPolicy.Version1, RevisedPolicy.Version2]);

    [Fact]
    public void Of_PartChangedSubstantively_NeedsReadingWithTheChanges()
    {
        var status = ReadingCheck.Of(TwoVersions, RevisedPolicy.BeSafe, 1, new HashSet<int>());

        Assert.True(status.NeedsReading);
        Assert.False(status.ReadCurrent);
        Assert.Equal(RevisedPolicy.BeSafe, Assert.Single(status.Changes).Id);
    }

    [Fact]
    public void Of_OtherPartsChanged_StillHolds()
    {
        var status = ReadingCheck.Of(TwoVersions, RevisedPolicy.DontComment, 1, new HashSet<int>());

        Assert.False(status.NeedsReading);
        Assert.Empty(status.Changes);
    }

    [Fact]
    public void Of_PartChangedOnlyEditorially_StillHoldsAndSaysWhatChanged()
    {
        var status = ReadingCheck.Of(TwoVersions, "definitions", 1, new HashSet<int>());

        Assert.False(status.NeedsReading);
        Assert.Equal("definitions", Assert.Single(status.Changes).Id);
    }

    [Fact]
    public void Of_SubsectionChanged_TheSectionAboveNeedsReading()
    {
        // The Standards card covers Be safe and the new AI standard.
        var status = ReadingCheck.Of(TwoVersions, "policy-principles-and-standards/standards", 1, new HashSet<int>());

        Assert.True(status.NeedsReading);
        Assert.Equal(2, status.Changes.Count);
    }

    [Fact]
    public void Of_VersionMarkedAsNeedingNoReacknowledgement_StillHolds()
    {
        var status = ReadingCheck.Of(TwoVersions, RevisedPolicy.BeSafe, 1, new HashSet<int> { 2 });

        Assert.False(status.NeedsReading);
        Assert.Single(status.Changes);
    }

    [Fact]
    public void Of_WaiverForOneVersion_DoesNotExcuseTheNext()
    {
        // Version 3 puts the shipped text back: Be safe changes again, and only version 2 was waived.
        var v3 = PolicyVersion.Of(RevisedPolicy.Shipped, 3, TestPolicies.Clock(2027, 6, 1));
        var history = new PolicyHistory([RevisedPolicy.Version1, RevisedPolicy.Version2, v3]);

        Assert.True(ReadingCheck.Of(history, RevisedPolicy.BeSafe, 1, new HashSet<int> { 2 }).NeedsReading);
        Assert.False(ReadingCheck.Of(history, RevisedPolicy.BeSafe, 1, new HashSet<int> { 2, 3 }).NeedsReading);
    }

    [Fact]
    public void Of_RenamedPart_FollowedToItsNewName()
    {
        var status = ReadingCheck.Of(TwoVersions, "requirements-and-responsibilities", 1, new HashSet<int>());

        Assert.True(status.NeedsReading);
        Assert.Equal("roles-and-responsibilities", Assert.Single(status.Changes).Id);
    }

    [Fact]
    public void Of_ReadTheCurrentVersion_Holds()
    {
        var status = ReadingCheck.Of(TwoVersions, RevisedPolicy.BeSafe, 2, new HashSet<int>());

        Assert.True(status.ReadCurrent);
        Assert.False(status.NeedsReading);
    }
}

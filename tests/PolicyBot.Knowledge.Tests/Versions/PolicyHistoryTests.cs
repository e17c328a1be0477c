using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Knowledge.Tests.Versions;

public sealed class PolicyHistoryTests
{
    [Fact]
    public void Next_SameTextReloaded_IsTheLatestVersion()
    {
        var v1 = RevisedPolicy.Version1;
        var history = new PolicyHistory([v1]);

        var next = history.Next(RevisedPolicy.Shipped, TestPolicies.Clock(2027, 1, 10));

        Assert.Same(v1, next);
    }

    [Fact]
    public void Next_ChangedText_IsANewVersionNumberedOn()
    {
        var history = new PolicyHistory([RevisedPolicy.Version1]);

        var next = history.Next(RevisedPolicy.Revised, TestPolicies.Clock(2027, 2, 20));

        Assert.Equal(2, next.Number);
        Assert.NotEqual(history.Latest!.Hash, next.Hash);
    }

    [Fact]
    public void Next_TextPutBackToAnOlderVersion_IsANewVersion()
    {
        var v1 = RevisedPolicy.Version1;
        var history = new PolicyHistory([v1, RevisedPolicy.Version2]);

        var next = history.Next(RevisedPolicy.Shipped, TestPolicies.Clock(2027, 6, 1));

        Assert.Equal(3, next.Number);
        Assert.Equal(v1.Hash, next.Hash);
    }

    [Fact]
    public void Next_NoVersionsYet_IsVersionOne()
    {
        var next = new PolicyHistory([]).Next(RevisedPolicy.Shipped, TestPolicies.Clock());

        Assert.Equal(1, next.Number);
    }

    [Fact]
    public void Before_SecondVersion_IsTheFirst()
    {
        var history = new PolicyHistory([RevisedPolicy.Version2, RevisedPolicy.Version1]);

        Assert.Equal(1, history.Before(history.Latest!)!.Number);
        Assert.Null(history.Before(history.Versions[0]));
        Assert.True(history.HasEarlierVersions);
    }
}

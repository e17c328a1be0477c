using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Knowledge.Tests.Versions;

public sealed class VersionNoteTests
{
    [Fact]
    public void For_PolicyWithTwoVersions_NamesTheVersionQuoted()
    {
        var history = new PolicyHistory([RevisedPolicy.Version1, RevisedPolicy.Version2]);

        var note = VersionNote.For(["social-media-policy"], id => id == "social-media-policy" ? history : null);

        Assert.Equal("Quoted from the Social Media Policy, version 2, effective 1 March 2027.", note);
    }

    [Fact]
    public void For_PolicyWithOneVersion_Null()
    {
        var history = new PolicyHistory([RevisedPolicy.Version1]);

        Assert.Null(VersionNote.For(["social-media-policy", "social-media-policy"], _ => history));
    }
}

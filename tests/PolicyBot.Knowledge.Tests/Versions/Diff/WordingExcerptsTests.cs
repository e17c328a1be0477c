using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Tests.Versions.Diff;

public sealed class WordingExcerptsTests
{
    [Fact]
    public void Of_Reworded_TheChangedSentencesOldAndNew()
    {
        var beSafe = RevisedPolicy.Diff.Changes.Single(c => c.Id == RevisedPolicy.BeSafe);

        var excerpts = WordingExcerpts.Of(beSafe);

        Assert.Equal(
            [
                new ChangedWording(
                    "Employees are encouraged to be selective about who they connect with and regularly review their privacy settings and ensure that their personal information isn't publicly available.",
                    "Employees must be selective about who they connect with and regularly review their privacy settings and ensure that their personal information isn't publicly available."),
                new ChangedWording(
                    string.Empty,
                    "Do not post photos or videos taken inside a prison or Community Corrections site, or of staff in uniform, without specific authorisation."),
            ],
            excerpts);
    }

    [Fact]
    public void Of_Added_TheNewSectionLineByLine()
    {
        var added = RevisedPolicy.Diff.Added.Single();

        var excerpt = Assert.Single(WordingExcerpts.Of(added));

        Assert.Empty(excerpt.Was);
        Assert.Equal(2, excerpt.Now.Split('\n').Length);
    }

    [Fact]
    public void Of_Removed_TheOldSection()
    {
        var excerpt = Assert.Single(WordingExcerpts.Of(RevisedPolicy.Diff.Removed.Single()));

        Assert.StartsWith("The Department of Corrections promotes the use of social media", excerpt.Was, StringComparison.Ordinal);
        Assert.Empty(excerpt.Now);
    }

    [Fact]
    public void Of_TwoChangesInOneSentence_QuotedOnce()
    {
        var change = RevisedPolicy.Diff.Changes.Single(c => c.Id == "definitions");

        var excerpt = Assert.Single(WordingExcerpts.Of(change));

        Assert.Contains("Facebook LinkedIn, Youtube", excerpt.Was, StringComparison.Ordinal);
        Assert.Contains("Facebook, LinkedIn, YouTube", excerpt.Now, StringComparison.Ordinal);
    }
}

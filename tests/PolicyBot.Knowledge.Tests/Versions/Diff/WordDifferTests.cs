using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Tests.Versions.Diff;

public sealed class WordDifferTests
{
    [Fact]
    public void Diff_WordReplaced_OneEditWithItsPlaceInBothTexts()
    {
        const string before = "Employees are encouraged to be selective.";
        const string after = "Employees must be selective.";

        var edit = Assert.Single(WordDiffer.Diff(before, after).Edits);

        Assert.Equal(("are encouraged to", "must"), (edit.Deleted, edit.Inserted));
        Assert.Equal("are encouraged to", before[edit.OldStart..edit.OldEnd]);
        Assert.Equal("must", after[edit.NewStart..edit.NewEnd]);
    }

    [Fact]
    public void Diff_LineAddedAfterALineEndingLikeIt_TheWholeLineIsTheInsertion()
    {
        var diff = WordDiffer.Diff("First rule.\nLast rule.", "First rule.\nLast rule.\nNew rule.");

        Assert.Equal("New rule.", Assert.Single(diff.Edits).Inserted);
    }

    [Fact]
    public void Diff_SameWords_NoEdits()
    {
        var diff = WordDiffer.Diff("One line.\nTwo lines.", "One line. Two lines.");

        Assert.Empty(diff.Edits);
        Assert.True(diff.IsEditorial);
    }

    [Fact]
    public void ToText_LongUnchangedStretches_AreCut()
    {
        var diff = WordDiffer.Diff(
            "one two three four five six seven eight nine ten eleven twelve",
            "one two three four five six SEVEN eight nine ten eleven twelve");

        Assert.Equal("\u2026 five six [-seven-] {+SEVEN+} eight nine \u2026", diff.ToText(context: 2));
    }

    [Fact]
    public void ToText_PunctuationAdded_SitsAgainstItsWord()
    {
        var diff = WordDiffer.Diff("such as Facebook LinkedIn, Youtube", "such as Facebook, LinkedIn, YouTube");

        Assert.Equal("such as Facebook{+,+} LinkedIn, [-Youtube-] {+YouTube+}", diff.ToText());
    }

    [Fact]
    public void Segments_Replacement_PlainDeletedInsertedPlain()
    {
        var segments = WordDiffer.Diff("you should post it", "you must post it").Segments();

        Assert.Equal(
            [
                new WordSegment(SegmentKind.Same, "you", false),
                new WordSegment(SegmentKind.Deleted, "should", true),
                new WordSegment(SegmentKind.Inserted, "must", true),
                new WordSegment(SegmentKind.Same, "post it", true),
            ],
            segments);
    }

    [Fact]
    public void Diff_VeryLongRewrite_IsOneReplacement()
    {
        var before = string.Join(' ', Enumerable.Range(0, 2500).Select(i => "old" + i));
        var after = string.Join(' ', Enumerable.Range(0, 2500).Select(i => "new" + i));

        var edit = Assert.Single(WordDiffer.Diff("Start " + before + " end.", "Start " + after + " end.").Edits);

        Assert.Equal(before, edit.Deleted);
        Assert.Equal(EditKind.Wording, edit.Kind);
    }
}

using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class EvalAnswerTests
{
    private static readonly EvalAnswer Vacation = new("benefits-and-perks.md", "Vacation *Time*", ["18 days of paid time off"]);

    [Theory]
    [InlineData("Benefits and perks > Vacation Time", "Take time off.")]
    [InlineData("Time off > vacation time!", "Take time off.")]
    [InlineData("Holidays", "37signals offers **18 days** of paid  time-off plus holidays")]
    public void Matches_SameDocumentAndSectionOrPhrase_IsRight(string section, string quote)
    {
        Assert.True(Vacation.Matches(Cite("benefits-and-perks", section, quote)));
    }

    [Fact]
    public void Matches_HeadingWordsOnlyInAnotherSectionsQuote_IsAMiss()
    {
        Assert.False(Vacation.Matches(Cite("benefits-and-perks", "Sabbatical", "Vacation time does not count towards a sabbatical.")));
    }

    [Theory]
    [InlineData("Process for Approval <a href=\"#process-for-approval\" id=\"process-for-approval\"></a>")]
    [InlineData("Process for [Approval](#approval)")]
    public void Matches_HeadingWrittenWithMarkup_NamesTheSectionAsTheReaderCleansIt(string heading)
    {
        var answer = new EvalAnswer("p2p-leave.md", heading);

        Assert.True(answer.Matches(Cite("p2p-leave", "Leave > Process for Approval", "x")));
        Assert.False(answer.Matches(Cite("p2p-leave", "Leave > Process", "x")));
    }

    [Fact]
    public void Matches_OtherDocument_IsAMiss()
    {
        Assert.False(Vacation.Matches(Cite("sourcegraph-paid-time-off", "Vacation Time", "18 days of paid time off")));
    }

    [Fact]
    public void ReadCases_LibraryShape_ReadsAnswersAndScoresByThem()
    {
        var file = Path.GetTempFileName();
        File.WriteAllLines(file, [
            """{"question": "how many vacation days?", "answers": [{"document": "benefits-and-perks.md", "section": "Vacation Time", "phrases": ["18 days"]}]}""",
            """{"question": "what's my password?", "out_of_scope": true}""",
        ]);

        var cases = Evaluator.ReadCases(file);

        Assert.True(cases[0].IsRight(Cite("benefits-and-perks", "Vacation Time", "x")));
        Assert.Equal("benefits-and-perks.md > Vacation Time", cases[0].Expected());
        Assert.True(cases[1].OutOfScope);
    }

    private static Citation Cite(string policyId, string section, string quote) => new("Title", policyId, section, "id", quote);
}

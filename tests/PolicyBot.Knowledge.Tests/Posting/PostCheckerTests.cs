using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Knowledge.Tests.Posting;

public sealed class PostCheckerTests
{
    private static PostChecker Checker => TestPolicies.Knowledge.PostCheck!;

    [Fact]
    public void Check_PoliticalDraftAboutPrisons_IsDoNotPostWithEvidenceAndHandoff()
    {
        var result = Checker.Check("The Minister's new prison policy is a disgrace");

        Assert.Equal(Verdict.DoNotPost, result.Verdict);
        Assert.Equal(["Minister"], result.Signals.Single(s => s.Kind == "politics").Evidence);
        Assert.Equal(["prison"], result.Signals.Single(s => s.Kind == "corrections").Evidence);
        Assert.Equal("political-comment", result.Reasons[0].Id);
        Assert.Equal("communications-team", Assert.Single(result.Handoffs).To);
    }

    [Fact]
    public void Check_EverydayDraft_SettlesWhatTheTextCanAndListsTheRest()
    {
        var result = Checker.Check("Off for a swim at Piha, what a day");

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal("clear", Assert.Single(result.Reasons).Id);
        Assert.Equal(["capacity", "others-work", "unsure"], result.QuestionsLeft.Select(q => q.Id));
        Assert.Empty(result.Handoffs);
    }

    [Fact]
    public void Check_PersonalDetails_IsCautionWithTheIntegritySupportTeam()
    {
        var result = Checker.Check("We live on Rata Street now, come round any time");

        Assert.Equal(Verdict.Caution, result.Verdict);
        Assert.Equal("integrity-support-team", Assert.Single(result.Handoffs).To);
        Assert.NotNull(result.Reasons[0].Check);
    }

    [Fact]
    public void Settle_NamedPeople_LeavesPermissionToThePerson()
    {
        var settled = Checker.Settle(Checker.Lexicon.Detect("Drinks with Mere Tane after work"));

        Assert.False(settled.ContainsKey("people"));
        Assert.Equal("work-only", settled["relates-to-corrections"]);
        Assert.Equal("no", settled["politics"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_EmptyDraft_IsRejected(string draft)
    {
        Assert.ThrowsAny<ArgumentException>(() => Checker.Check(draft));
    }

    [Fact]
    public void Check_OverLongDraft_IsRejectedWithTheLimit()
    {
        var error = Assert.Throws<ArgumentException>(() => Checker.Check(new string('a', PostChecker.MaxDraftLength + 1)));

        Assert.Contains(PostChecker.MaxDraftLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }
}

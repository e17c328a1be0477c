using System.Globalization;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Tests.Documents;

public sealed class PolicyMetadataTests
{
    [Fact]
    public void Properties_LabelsAsPoliciesWriteThem_FindEachDetail()
    {
        var metadata = new PolicyMetadata(
        [
            new("Business owner", "Finance"),
            new("Approver", "Chief Executive"),
            new("Document version", "2.3"),
            new("Date effective", "1 March 2024"),
            new("Last reviewed", "February 2024"),
            new("Review date", "March 2026"),
        ]);

        Assert.Equal("Finance", metadata.Owner);
        Assert.Equal("Chief Executive", metadata.ApprovedBy);
        Assert.Equal("2.3", metadata.Version);
        Assert.Equal("1 March 2024", metadata.EffectiveDate);
        Assert.Equal("February 2024", metadata.LastReviewDate);
        Assert.Equal("March 2026", metadata.NextReviewDate);
    }

    [Fact]
    public void NextReviewDate_NextReviewBesideAReviewDate_PrefersTheExplicitOne() =>
        Assert.Equal("July 2017", new PolicyMetadata([new("Review date", "July 2016"), new("Next review", "July 2017")]).NextReviewDate);

    [Theory]
    [InlineData("March 2026", "2026-04-01")]
    [InlineData("March, 2026", "2026-04-01")]
    [InlineData("2026-03", "2026-04-01")]
    [InlineData("March 1, 2026", "2026-03-02")]
    [InlineData("1 March, 2026", "2026-03-02")]
    [InlineData("2026/03/01", "2026-03-02")]
    [InlineData("1.3.2026", "2026-03-02")]
    [InlineData("1-Mar-2026", "2026-03-02")]
    [InlineData("Sunday, 1 March 2026", "2026-03-02")]
    public void FirstDayAfter_DateShapesPoliciesUse_IsTheDayItBecomesOverdue(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), ReviewDates.FirstDayAfter(text));

    [Theory]
    [InlineData("when the Act changes")]
    [InlineData("")]
    public void FirstDayAfter_NoDate_IsNull(string text) => Assert.Null(ReviewDates.FirstDayAfter(text));
}

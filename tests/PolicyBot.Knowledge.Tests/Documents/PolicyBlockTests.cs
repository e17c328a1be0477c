using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Tests.Documents;

public sealed class PolicyBlockTests
{
    [Fact]
    public void Row_TwoColumns_ReadsAsNameAndValue() =>
        Assert.Equal("Managers: Review the register", PolicyBlock.Row(["Managers", "Review the register"], ["Role", "What they do"]).Text);

    [Fact]
    public void Row_MoreColumns_LabelsTheRestWithTheirHeadings() =>
        Assert.Equal(
            "Laptop: The agency; When: First day. Returned: When you leave",
            PolicyBlock.Row(["Laptop", "The agency", "First day.", "When you leave"], ["Item", "Who", "When", "Returned"]).Text);

    [Fact]
    public void Row_NoHeaderAndEmptyCells_JoinsWhatIsFilled()
    {
        var row = PolicyBlock.Row(["Phone", "", "Manager", "If needed"]);

        Assert.Equal("Phone: Manager; If needed", row.Text);
        Assert.Equal(["Phone", "", "Manager", "If needed"], row.Cells);
    }
}

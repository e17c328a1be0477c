using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Tests.Versions;

namespace PolicyBot.Knowledge.Tests.Documents;

public sealed class ContentHashTests
{
    [Fact]
    public void Of_SameTextWithOtherLineEndingsAndSpacing_SameHash()
    {
        var text = File.ReadAllText(RevisedPolicy.ShippedPath);
        var windows = text.Replace("\n", "  \r\n", StringComparison.Ordinal);

        var hash = ContentHash.Of(PolicyParser.Parse("social-media-policy", text, PolicyFormat.PlainText));
        var again = ContentHash.Of(PolicyParser.Parse("social-media-policy", windows, PolicyFormat.PlainText));

        Assert.Equal(hash, again);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Of_OneWordChanged_DifferentHash()
    {
        var text = File.ReadAllText(RevisedPolicy.ShippedPath);
        var changed = text.Replace("Employees are encouraged to be selective", "Employees must be selective", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);

        Assert.NotEqual(
            ContentHash.Of(PolicyParser.Parse("social-media-policy", text, PolicyFormat.PlainText)),
            ContentHash.Of(PolicyParser.Parse("social-media-policy", changed, PolicyFormat.PlainText)));
    }

    [Fact]
    public void Of_DocumentDetailChanged_DifferentDocumentHashSameSectionHashes()
    {
        var text = File.ReadAllText(RevisedPolicy.ShippedPath);
        var before = PolicyParser.Parse("social-media-policy", text, PolicyFormat.PlainText);
        var after = PolicyParser.Parse("social-media-policy", text.Replace("Next Review Date:\tJuly 2017", "Next Review Date:\tJuly 2027", StringComparison.Ordinal), PolicyFormat.PlainText);

        Assert.NotEqual(ContentHash.Of(before), ContentHash.Of(after));
        Assert.Equal(before.AllSections().Select(ContentHash.Of), after.AllSections().Select(ContentHash.Of));
    }

    [Fact]
    public void OfSection_SubsectionChanged_ParentKeepsItsHash()
    {
        var v1 = RevisedPolicy.Shipped;
        var v2 = RevisedPolicy.Revised;

        // Be safe changed under Standards; Standards' own words did not.
        Assert.NotEqual(ContentHash.Of(v1.FindSection(RevisedPolicy.BeSafe)!), ContentHash.Of(v2.FindSection(RevisedPolicy.BeSafe)!));
        Assert.Equal(
            ContentHash.Of(v1.FindSection("policy-principles-and-standards/standards")!),
            ContentHash.Of(v2.FindSection("policy-principles-and-standards/standards")!));
    }

    [Fact]
    public void OfSection_RenamedWithSameWords_SameHash()
    {
        Assert.Equal(
            ContentHash.Of(RevisedPolicy.Shipped.FindSection("related-documents")!),
            ContentHash.Of(RevisedPolicy.Revised.FindSection("related-policies")!));
    }
}

using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Answers;

public sealed class RoutingTableTests
{
    private static readonly IReadOnlyList<PolicyBot.Knowledge.Documents.PolicyDocument> Policies = PolicyLoader.LoadFolder(Path.Combine(TestPolicies.KnowledgeFolder, "policies"));

    private const string Route = """
        { "default": "manager", "routes": [ { "id": "manager", "name": "your manager", "contact": "", "reason": "r",
          "policy": "social-media-policy", "quote": "QUOTE", "keywords": [], "sections": SECTIONS } ] }
        """;

    [Fact]
    public void Parse_QuoteNotInThePolicy_FailsLoudly()
    {
        var json = Route.Replace("QUOTE", "Staff may post anything they like.", StringComparison.Ordinal).Replace("SECTIONS", "[]", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => RoutingTable.Parse(json, Policies));
        Assert.Contains("quotes a line that is not in 'Social Media Policy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownSection_FailsLoudly()
    {
        var json = Route.Replace("QUOTE", "Staff with questions about the safe and careful use", StringComparison.Ordinal).Replace("SECTIONS", "[\"no-such-section\"]", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => RoutingTable.Parse(json, Policies));
        Assert.Contains("no-such-section", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedRoutes_AreValidAndCoverTheThreeContacts()
    {
        var table = RoutingTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, "routing.json"), Policies);

        Assert.Equal(["communications-team", "integrity-support-team", "manager"], table.RouteIds.Order());
        Assert.Equal("socialmedia@corrections.govt.nz", table.Get("communications-team").Contact);
    }
}

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

    // A real Word policy writes "Corrections’ use"; routing.json's straight-quoted quote failed to load against it.
    [Fact]
    public void Load_PolicyWrittenWithCurlyQuotes_MatchesQuotesTypedWithStraightOnes()
    {
        var curly = TestPolicies.WithCurlyQuotes();
        Assert.Contains(curly[0].AllSections().SelectMany(s => s.Blocks), block => block.Text.Contains("Corrections\u2019 use of social media", StringComparison.Ordinal));

        var table = RoutingTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, "routing.json"), curly);

        Assert.Equal(["communications-team", "integrity-support-team", "manager"], table.RouteIds.Order());
    }

    [Fact]
    public void Route_NoPolicyCoversTheQuestion_GoesToTheManagerWithANeutralReason()
    {
        var table = RoutingTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, "routing.json"), Policies);

        var handoff = table.Route("what's the wifi password", policyId: null, sectionId: null);

        Assert.Equal("manager", handoff.To);
        Assert.Equal(RoutingTable.NeutralReason, handoff.Reason);
    }

    [Fact]
    public void Route_PolicyWithNoRoutes_NamesThatPolicyNotSocialMedia()
    {
        var travel = PolicyParser.Parse("travel", "# Travel Policy\n\nOwner: People Ops\n\n## Flights\n\nBook economy.", PolicyFormat.Markdown);
        var table = RoutingTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, "routing.json"), [.. Policies, travel]);

        var handoff = table.Route("can I fly business class on my own account", "travel", sectionId: null);

        Assert.Equal("manager", handoff.To);
        Assert.Contains("the Travel Policy", handoff.Reason, StringComparison.Ordinal);
        Assert.Contains("People Ops", handoff.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("social media", handoff.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Route_SocialMediaQuestion_KeepsItsOwnRoutes()
    {
        var table = RoutingTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, "routing.json"), Policies);

        Assert.Equal("integrity-support-team", table.Route("an offender found my profile", "social-media-policy", null).To);
        Assert.Contains("social media", table.Route("can I post on my own account", "social-media-policy", null).Reason, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Tests.PostCheck;
using PolicyBot.Knowledge.Answers;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Escalations;

public sealed class QueueRoutingTests
{
    [Fact]
    public async Task Parse_ShippedRoutingJson_MapsEveryRoute()
    {
        var routing = QueueRouting.Parse(Shipped().ToJsonString(), await RoutesAsync());

        Assert.Equal("communications", routing.DeliveryOf("communications-team").Queue);
        Assert.Equal("manager", routing.DeliveryOf("integrity-support-team").Otherwise);
        Assert.True(routing.DeliveryOf("manager").ToManager);
        Assert.Equal("communications", routing.Reports!.Id);
        Assert.Equal(["integrity-support-team", "manager"], routing.Chain("integrity-support-team"));
    }

    [Theory]
    [InlineData("delivery", null, "route 'communications-team' has the delivery ''")]
    [InlineData("delivery", "queue:press", "route 'communications-team' has the delivery 'queue:press'; give it \"manager\" or \"queue:\" and one of the queues (communications, integrity)")]
    [InlineData("otherwise", "legal-team", "route 'communications-team' is otherwise 'legal-team', which is not a route")]
    [InlineData("otherwise", "integrity-support-team", "the \"otherwise\" routes from 'communications-team' go round in a loop")]
    public async Task Parse_RouteItCannotMap_FailsTheLoadNamingIt(string key, string? value, string expected)
    {
        var json = Shipped();
        var communications = json["routes"]!.AsArray().Single(r => (string?)r!["id"] == "communications-team")!.AsObject();
        communications[key] = value;
        if (key == "otherwise" && value == "integrity-support-team")
        {
            json["routes"]!.AsArray().Single(r => (string?)r!["id"] == "integrity-support-team")!["otherwise"] = "communications-team";
        }

        var routes = await RoutesAsync();
        var failure = Assert.Throws<InvalidDataException>(() => QueueRouting.Parse(json.ToJsonString(), routes));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    private static JsonObject Shipped() => JsonNode.Parse(File.ReadAllText(Path.Combine(KnowledgeFolder.Shipped, "routing.json")))!.AsObject();

    private static async Task<RoutingTable> RoutesAsync() => (await PostCheckHarness.KnowledgeAsync()).Routing;
}

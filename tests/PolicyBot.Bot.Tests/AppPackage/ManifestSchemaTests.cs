using System.Text.Json.Nodes;

namespace PolicyBot.Bot.Tests.AppPackage;

/// <summary>Proves the offline schema check catches what Teams would reject, so a pass from it means something.</summary>
public sealed class ManifestSchemaTests
{
    [Fact]
    public async Task Validate_BrokenManifests_ReportsEachProblem()
    {
        var built = (await BuiltPackage.BuildAsync()).Manifest;
        var missingDeveloper = built.DeepClone().AsObject();
        missingDeveloper.Remove("developer");
        var longName = built.DeepClone().AsObject();
        longName["name"]!["short"] = "PolicyBot for the Social Media Policy";
        var badBotId = built.DeepClone().AsObject();
        badBotId["bots"]![0]!["botId"] = "policybot";
        var oldSchema = built.DeepClone().AsObject();
        oldSchema["$schema"] = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json";

        var results = NodeManifestValidator.Validate(new Dictionary<string, JsonObject>
        {
            ["built"] = built,
            ["missing-developer"] = missingDeveloper,
            ["long-name"] = longName,
            ["bad-bot-id"] = badBotId,
            ["old-schema"] = oldSchema,
        });

        Assert.Empty(results["built"]);
        Assert.Contains(results["missing-developer"], e => e.Contains("must have required property 'developer'", StringComparison.Ordinal));
        Assert.Contains(results["long-name"], e => e.StartsWith("/name/short must NOT have more than 30 characters", StringComparison.Ordinal));
        Assert.Contains(results["bad-bot-id"], e => e.StartsWith("/bots/0/botId must match pattern", StringComparison.Ordinal));
        Assert.Contains(results["old-schema"], e => e.Contains("does not name the v1.22 Teams schema", StringComparison.Ordinal));
    }
}

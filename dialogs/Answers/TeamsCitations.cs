using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Teams' AI-generated label and in-text citations: one schema.org Message entity with a Claim per marker.</summary>
public static class TeamsCitations
{
    /// <summary>Teams shows at most 20 citations on a message.</summary>
    public const int MaxCitations = 20;
    private const int MaxName = 80;
    private const int MaxAbstract = 160;

    public static Entity Entity(IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var claims = new JArray(citations.Take(MaxCitations).Select((c, i) => new JObject
        {
            ["@type"] = "Claim",
            ["position"] = i + 1,
            ["appearance"] = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Clip($"{c.Policy} > {c.Section.Split('>')[^1].Trim()}", MaxName),
                ["abstract"] = Clip(c.Quote, MaxAbstract),
            },
        }));
        return new Entity("https://schema.org/Message")
        {
            Properties = new JObject
            {
                ["@type"] = "Message",
                ["@context"] = "https://schema.org",
                ["@id"] = string.Empty,
                ["additionalType"] = new JArray("AIGeneratedContent"),
                ["citation"] = claims,
            },
        };
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "\u2026";
}

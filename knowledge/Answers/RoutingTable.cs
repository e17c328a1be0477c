using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// The handoff routes from routing.json: who handles which questions, each backed by a quote from the
/// policy that says so.
/// </summary>
public sealed class RoutingTable
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly List<RouteEntry> _routes;
    private readonly RouteEntry _default;

    private RoutingTable(List<RouteEntry> routes, RouteEntry fallback)
    {
        _routes = routes;
        _default = fallback;
    }

    public IReadOnlyList<string> RouteIds => _routes.Select(route => route.Id).ToList();

    public static RoutingTable Load(string path, IReadOnlyList<PolicyDocument> documents) =>
        Parse(File.ReadAllText(path), documents, path);

    public static RoutingTable Parse(string json, IReadOnlyList<PolicyDocument> documents, string source = "routing.json")
    {
        ArgumentNullException.ThrowIfNull(documents);
        var file = JsonSerializer.Deserialize<RoutingFile>(json, JsonOptions)
            ?? throw new InvalidDataException($"{source} is empty.");
        var routes = file.Routes ?? [];
        foreach (var route in routes)
        {
            Validate(route, documents, source);
        }

        var fallback = routes.FirstOrDefault(route => route.Id == file.Default)
            ?? throw new InvalidDataException($"{source}: the default route '{file.Default}' is not one of the routes.");
        return new RoutingTable(routes, fallback);
    }

    /// <summary>The route for a question, from its words first, then from the section it is about.</summary>
    public Handoff Route(string question, string? sectionId)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = " " + question.ToLowerInvariant() + " ";
        var byWords = _routes
            .Select(route => (route, hits: route.Keywords.Count(keyword => text.Contains(keyword, StringComparison.Ordinal))))
            .Where(pair => pair.hits > 0)
            .OrderByDescending(pair => pair.hits)
            .Select(pair => pair.route)
            .FirstOrDefault();
        var chosen = byWords
            ?? _routes.FirstOrDefault(route => sectionId is not null && route.Sections.Contains(sectionId))
            ?? _default;
        return chosen.ToHandoff();
    }

    public Handoff Get(string id) =>
        (_routes.FirstOrDefault(route => route.Id == id) ?? throw new KeyNotFoundException($"No handoff route '{id}'.")).ToHandoff();

    private static void Validate(RouteEntry route, IReadOnlyList<PolicyDocument> documents, string source)
    {
        if (string.IsNullOrWhiteSpace(route.Id) || string.IsNullOrWhiteSpace(route.Name) || string.IsNullOrWhiteSpace(route.Reason))
        {
            throw new InvalidDataException($"{source}: every route needs an id, a name and a reason.");
        }

        var document = documents.FirstOrDefault(d => d.Id == route.Policy)
            ?? throw new InvalidDataException($"{source}: route '{route.Id}' names the policy '{route.Policy}', which is not loaded.");
        var words = Normalise(route.Quote);
        var found = document.AllSections().SelectMany(s => s.Blocks).Any(block => Normalise(block.Text).Contains(words, StringComparison.Ordinal));
        if (words.Length == 0 || !found)
        {
            throw new InvalidDataException($"{source}: route '{route.Id}' quotes a line that is not in '{document.Title}': \"{route.Quote}\".");
        }

        var sectionIds = document.AllSections().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var missing = route.Sections.FirstOrDefault(id => !sectionIds.Contains(id));
        if (missing is not null)
        {
            throw new InvalidDataException($"{source}: route '{route.Id}' names the section '{missing}', which '{document.Title}' does not have.");
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private sealed record RoutingFile(string Default, List<RouteEntry>? Routes);

    private sealed record RouteEntry(
        string Id,
        string Name,
        string Contact,
        string Reason,
        string Policy,
        string Quote,
        [property: JsonPropertyName("keywords")] IReadOnlyList<string> Keywords,
        [property: JsonPropertyName("sections")] IReadOnlyList<string> Sections)
    {
        public Handoff ToHandoff() => new(Id, Name, Contact ?? string.Empty, Reason, Quote);
    }
}

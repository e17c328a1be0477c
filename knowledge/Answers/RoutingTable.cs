using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Answers;

/// <summary>
/// Who to ask, per policy: the routes in routing.json, each backed by a quote from the policy that says so;
/// for a policy with no routes, its own stated owner; for a question no policy covers, the manager with a
/// neutral reason.
/// </summary>
public sealed class RoutingTable
{
    /// <summary>Why a question no policy covers goes to the manager, when routing.json does not say.</summary>
    public const string NeutralReason = "The policies I know don't cover this, so your manager is the best person to ask.";

    private const string ManagerId = "manager";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly List<RouteEntry> _routes;
    private readonly RouteEntry _default;
    private readonly Handoff _notCovered;
    private readonly Dictionary<string, Handoff> _owners;

    private RoutingTable(List<RouteEntry> routes, RouteEntry fallback, Handoff notCovered, IReadOnlyList<PolicyDocument> documents)
    {
        _routes = routes;
        _default = fallback;
        _notCovered = notCovered;
        _owners = documents
            .Where(d => !routes.Any(route => route.Policy == d.Id))
            .ToDictionary(d => d.Id, d => OwnerRoute(d, notCovered), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> RouteIds => _routes.Select(route => route.Id).Append(_default.Id).Distinct().ToList();

    /// <summary>Routes for documents that came with none: a question about any of them, or none, goes to the manager.</summary>
    public static RoutingTable ForDocuments(IReadOnlyList<PolicyDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var manager = new RouteEntry(ManagerId, "your manager", string.Empty, NeutralReason, null, string.Empty, [], []);
        return new RoutingTable([], manager, manager.ToHandoff(), documents);
    }

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

        // Routes that name a policy no longer loaded are left out: that policy's questions cannot come up.
        var loaded = routes.Where(route => documents.Any(d => d.Id == route.Policy)).ToList();
        var notCovered = new Handoff(fallback.Id, fallback.Name, string.Empty, file.NotCoveredReason ?? NeutralReason, string.Empty);
        return new RoutingTable(loaded, fallback, notCovered, documents);
    }

    /// <summary>The route for a question, from its words first, then from the section it is about, over every route.</summary>
    public Handoff Route(string question, string? sectionId)
    {
        ArgumentNullException.ThrowIfNull(question);
        return (ByWords(question, _routes)
            ?? _routes.FirstOrDefault(route => sectionId is not null && route.Sections.Contains(sectionId))
            ?? _default).ToHandoff();
    }

    /// <summary>
    /// The route for a question about one policy: that policy's routes by the question's words, then by the
    /// section, then the policy's own default; a policy with no routes names its owner. With no policy (the
    /// question is one none of them covers), the manager with a neutral reason.
    /// </summary>
    public Handoff Route(string question, string? policyId, string? sectionId)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (policyId is null)
        {
            return _notCovered;
        }

        if (_owners.TryGetValue(policyId, out var owner))
        {
            return owner;
        }

        var own = _routes.Where(route => route.Policy == policyId).ToList();
        if (own.Count == 0)
        {
            return _notCovered;
        }

        return (ByWords(question, own)
            ?? own.FirstOrDefault(route => sectionId is not null && route.Sections.Contains(sectionId))
            ?? own.FirstOrDefault(route => route.Id == _default.Id)
            ?? own.FirstOrDefault(route => route.Keywords.Count == 0)
            ?? own[^1]).ToHandoff();
    }

    /// <summary>
    /// The route <paramref name="id"/> for a question about <paramref name="policyId"/> (null: one no policy covers):
    /// with the reason that policy gives for sending it there (its owner, or the neutral reason), else the route's own.
    /// </summary>
    public Handoff For(string id, string? policyId)
    {
        var route = Get(id);
        if (policyId is null)
        {
            return id == _notCovered.To ? _notCovered : route;
        }

        return route.PolicyId != policyId && _owners.TryGetValue(policyId, out var owner) && owner.To == id ? owner : route;
    }

    public Handoff Get(string id) =>
        (_routes.FirstOrDefault(route => route.Id == id) ?? (id == _default.Id ? _default : null) ?? throw new KeyNotFoundException($"No handoff route '{id}'.")).ToHandoff();

    private static RouteEntry? ByWords(string question, List<RouteEntry> routes)
    {
        var text = " " + question.ToLowerInvariant() + " ";
        return routes
            .Select(route => (route, hits: route.Keywords.Count(keyword => text.Contains(keyword, StringComparison.Ordinal))))
            .Where(pair => pair.hits > 0)
            .OrderByDescending(pair => pair.hits)
            .Select(pair => pair.route)
            .FirstOrDefault();
    }

    // A document with no routes of its own: its stated owner, reached through the manager, since PolicyBot
    // has no queue for them. The reason names the policy, so a travel question never reads as a leave one.
    private static Handoff OwnerRoute(PolicyDocument document, Handoff manager)
    {
        var subject = TitleWords.Subject(document.Title);
        var owner = document.Metadata.Owner;
        return owner is null
            ? manager with { Reason = $"Questions about {subject} that it doesn't answer go to your manager.", PolicyId = document.Id }
            : manager with { Reason = $"Questions about {subject} go to its owner, {owner}, or your manager.", Source = $"Owner: {owner}", PolicyId = document.Id };
    }

    private static void Validate(RouteEntry route, IReadOnlyList<PolicyDocument> documents, string source)
    {
        if (string.IsNullOrWhiteSpace(route.Id) || string.IsNullOrWhiteSpace(route.Name) || string.IsNullOrWhiteSpace(route.Reason))
        {
            throw new InvalidDataException($"{source}: every route needs an id, a name and a reason.");
        }

        var document = documents.FirstOrDefault(d => d.Id == route.Policy)
            ?? throw new InvalidDataException($"{source}: route '{route.Id}' names the policy '{route.Policy}', which is not loaded.");
        if (!document.AllSections().SelectMany(s => s.Blocks).Any(block => QuotedText.Contains(block.Text, route.Quote)))
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

    private sealed record RoutingFile(
        string Default,
        List<RouteEntry>? Routes,
        [property: JsonPropertyName("not_covered_reason")] string? NotCoveredReason);

    private sealed record RouteEntry(
        string Id,
        string Name,
        string Contact,
        string Reason,
        string? Policy,
        string Quote,
        [property: JsonPropertyName("keywords")] IReadOnlyList<string> Keywords,
        [property: JsonPropertyName("sections")] IReadOnlyList<string> Sections)
    {
        public Handoff ToHandoff() => new(Id, Name, Contact ?? string.Empty, Reason, Quote) { PolicyId = Policy };
    }
}

using System.Text.Json;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// The escalation queues and each route's delivery, read from routing.json and checked against its routes: a route
/// with no delivery, an unknown queue, an unknown "otherwise" route or a loop of them fails the load.
/// </summary>
internal sealed class QueueRouting
{
    private const string QueuePrefix = "queue:";

    private readonly Dictionary<string, RouteDelivery> _deliveries;
    private readonly Dictionary<string, QueueDefinition> _queues;

    private QueueRouting(Dictionary<string, RouteDelivery> deliveries, Dictionary<string, QueueDefinition> queues, string defaultRoute)
    {
        _deliveries = deliveries;
        _queues = queues;
        DefaultRoute = defaultRoute;
    }

    /// <summary>routing.json's default route: offered when a route and its "otherwise" routes can take nothing.</summary>
    public string DefaultRoute { get; }

    public IReadOnlyCollection<QueueDefinition> Queues => _queues.Values;

    /// <summary>The queue whose channel sees the report of what staff ask, or null when no queue does.</summary>
    public QueueDefinition? Reports => _queues.Values.FirstOrDefault(queue => queue.Reports);

    public RouteDelivery DeliveryOf(string routeId) => _deliveries[routeId];

    public QueueDefinition? Queue(string id) => _queues.GetValueOrDefault(id);

    /// <summary>The route and the "otherwise" routes after it, in order.</summary>
    public IEnumerable<string> Chain(string routeId)
    {
        for (var id = routeId; id is not null; id = _deliveries[id].Otherwise)
        {
            yield return id;
        }
    }

    /// <summary>The routes whose questions go to a queue.</summary>
    public IEnumerable<string> RoutesTo(string queueId) => _deliveries.Values.Where(d => d.Queue == queueId).Select(d => d.RouteId);

    public static QueueRouting Parse(string json, RoutingTable routes, string source = "routing.json")
    {
        ArgumentNullException.ThrowIfNull(routes);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var queues = new Dictionary<string, QueueDefinition>(StringComparer.Ordinal);
        foreach (var element in Array(root, "queues"))
        {
            var queue = new QueueDefinition(Text(element, "id"), Text(element, "mailbox"), Text(element, "registers"), element.TryGetProperty("reports", out var reports) && reports.ValueKind == JsonValueKind.True);
            if (queue.Id.Length == 0 || queue.Registers.Length == 0 || !queues.TryAdd(queue.Id, queue))
            {
                throw new InvalidDataException($"{source}: every queue needs an id of its own and the words that register its channel (\"registers\").");
            }
        }

        if (queues.Values.Count(q => q.Reports) > 1 || queues.Values.GroupBy(q => q.Registers.ToUpperInvariant()).Any(g => g.Count() > 1))
        {
            throw new InvalidDataException($"{source}: at most one queue \"reports\", and no two queues are registered with the same words.");
        }

        var deliveries = new Dictionary<string, RouteDelivery>(StringComparer.Ordinal);
        foreach (var element in Array(root, "routes"))
        {
            var id = Text(element, "id");
            var delivery = Text(element, "delivery");
            var otherwise = Text(element, "otherwise") is { Length: > 0 } named ? named : null;
            string? queue = delivery.StartsWith(QueuePrefix, StringComparison.Ordinal) ? delivery[QueuePrefix.Length..] : null;
            if (delivery != RouteDelivery.Manager && (queue is null || !queues.ContainsKey(queue)))
            {
                throw new InvalidDataException($"{source}: route '{id}' has the delivery '{delivery}'; give it \"manager\" or \"queue:\" and one of the queues ({string.Join(", ", queues.Keys)}).");
            }

            if (otherwise is not null && !routes.RouteIds.Contains(otherwise))
            {
                throw new InvalidDataException($"{source}: route '{id}' is otherwise '{otherwise}', which is not a route.");
            }

            deliveries[id] = new RouteDelivery(id, queue, otherwise);
        }

        var routing = new QueueRouting(deliveries, queues, Text(root, "default"));
        routing.CheckOtherwiseChains(source);
        return routing;
    }

    private void CheckOtherwiseChains(string source)
    {
        foreach (var start in _deliveries.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            for (var next = _deliveries[start].Otherwise; next is not null; next = _deliveries[next].Otherwise)
            {
                if (!seen.Add(next))
                {
                    throw new InvalidDataException($"{source}: the \"otherwise\" routes from '{start}' go round in a loop.");
                }
            }
        }
    }

    private static List<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;
}

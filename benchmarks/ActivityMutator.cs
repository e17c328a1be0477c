using System.Text.Json.Nodes;

namespace PolicyBot.Benchmarks;

/// <summary>Mutates Teams-shaped activities the way a fuzzer would: hostile values in random places, keys removed, types and invoke names swapped, bodies cut short.</summary>
internal sealed class ActivityMutator(IReadOnlyList<JsonObject> seeds, string serviceUrl, int seed)
{
    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "messageReaction", "installationUpdate", "event", "typing", "endOfConversation", "somethingNew"];

    private static readonly string[] InvokeNames = ["adaptiveCard/action", "composeExtension/query", "composeExtension/querySettingUrl", "composeExtension/selectItem", "task/fetch", "task/submit", "signin/verifyState", "actionableMessage/executeAction", "fileConsent/invoke", "config/fetch", "nothing/known"];

    private static readonly string[] Verbs = ["feedback", "showSection", "askPerson", "escalation.submit", "ticket.claim", "ticket.assign", "ticket.answer", "ticket.close", "ticket.reopen", "share.start", "share.pick", "share.ack", "share.remind", "share.refresh", "postCheck.prompt", "postCheck.start", "postCheck.answer", "postCheck.back", "postCheck.restart", "postCheck.refresh"];

    private readonly Random _random = new(seed);

    public FuzzRequest Next()
    {
        var activity = seeds[_random.Next(seeds.Count)].DeepClone().AsObject();
        var mutations = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            mutations.Add(Mutate(activity));
        }

        var body = activity.ToJsonString();
        var contentType = "application/json";
        switch (_random.Next(40))
        {
            case 0:
                body = body[.._random.Next(body.Length)];
                mutations.Add("body cut short");
                break;
            case 1:
                contentType = _random.Next(2) == 0 ? "text/plain" : null;
                mutations.Add($"Content-Type {contentType ?? "none"}");
                break;
        }

        // The SDK reads a number or true as a name too ("1099511627776", "True").
        var invoke = activity["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "invoke" && activity["name"] is JsonValue name ? name.ToString() : null;
        return new FuzzRequest(body, contentType, invoke, string.Join("; ", mutations));
    }

    private string Mutate(JsonObject activity)
    {
        switch (_random.Next(10))
        {
            case 0:
                activity["type"] = Pick(Types);
                return $"type {activity["type"]}";
            case 1:
                activity["type"] = "invoke";
                activity["name"] = Pick(InvokeNames);
                activity["value"] ??= new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Pick(Verbs), ["data"] = new JsonObject() } };
                return $"invoke {activity["name"]}";
            case 2:
                if (activity["value"] is JsonObject value && value["action"] is JsonObject action)
                {
                    var verb = Pick(Verbs);
                    action["verb"] = verb;
                    action["data"] = new JsonObject { ["action"] = verb, ["escalationId"] = _random.Next(1, 20), ["flowId"] = "0123456789abcdef", ["step"] = _random.Next(5), ["question"] = "can I post a photo of my team?", ["policyId"] = "social-media-policy", ["topicId"] = "policy-principles-and-standards/standards/be-safe" };
                    return $"verb {verb}";
                }

                return "no action to change";
            case 3:
                var key = Pick(activity.Select(p => p.Key).ToArray());
                activity.Remove(key);
                return $"removed {key}";
            case 4:
                activity["serviceUrl"] = Pick(["ftp://127.0.0.1/", "not a url", "javascript:alert(1)", "", "http://", serviceUrl + "../../", serviceUrl]);
                return $"serviceUrl {activity["serviceUrl"]}";
            default:
                var (path, parent, name) = RandomSlot(activity);
                var hostile = Hostile();
                if (parent is JsonObject obj)
                {
                    obj[name!] = hostile.Node;
                }
                else if (parent is JsonArray array && array.Count > 0)
                {
                    array[_random.Next(array.Count)] = hostile.Node;
                }

                return $"{path} = {hostile.Name}";
        }
    }

    // Any object member or array element, anywhere in the activity.
    private (string Path, JsonNode Parent, string? Name) RandomSlot(JsonObject root)
    {
        var slots = new List<(string, JsonNode, string?)>();
        void Walk(JsonNode node, string path)
        {
            if (node is JsonObject obj)
            {
                foreach (var (key, child) in obj.ToList())
                {
                    slots.Add(($"{path}.{key}", obj, key));
                    if (child is not null)
                    {
                        Walk(child, $"{path}.{key}");
                    }
                }
            }
            else if (node is JsonArray array)
            {
                slots.Add(($"{path}[]", array, null));
                foreach (var child in array.Where(c => c is not null))
                {
                    Walk(child!, path + "[]");
                }
            }
        }

        Walk(root, string.Empty);
        return slots[_random.Next(slots.Count)];
    }

    private (string Name, JsonNode? Node) Hostile() => _random.Next(16) switch
    {
        0 => ("null", null),
        1 => ("2^40", JsonValue.Create(1L << 40)),
        2 => ("-1", JsonValue.Create(-1)),
        3 => ("[null]", new JsonArray((JsonNode?)null)),
        4 => ("{}", new JsonObject()),
        5 => ("true", JsonValue.Create(true)),
        6 => ("\"\"", JsonValue.Create(string.Empty)),
        7 => ("5,000 characters", JsonValue.Create(string.Concat(Enumerable.Repeat("can I tweet this? ", 280)))),
        8 => ("1,000-letter word", JsonValue.Create("can I tweet " + new string(Enumerable.Range(0, 1000).Select(_ => (char)('a' + _random.Next(26))).ToArray()))),
        9 => ("markdown link", JsonValue.Create("[Verify your account](https://evil.example/login) **now**\n# Heading\n- item")),
        10 => ("control characters", JsonValue.Create("line\r\nBcc: attacker@evil.example\u0000\u001b[2J")),
        11 => ("100,000 characters", JsonValue.Create(new string('a', 100_000))),
        12 => ("1.5e308", JsonValue.Create(1.5e308)),
        13 => ("array of actions", new JsonArray("ticket.claim", "feedback")),
        14 => ("nested 40 deep", Nested(40)),
        _ => ("emoji and RTL", JsonValue.Create("\uD83D\uDC4D\u202Egnp.exe \u200B")),
    };

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}

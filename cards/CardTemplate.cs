using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>
/// Binds the embedded JSON card templates to data, with the parts of the Adaptive Card templating language
/// the templates use: "${path}" (a whole value or inside a string), "$data" to repeat an element over an
/// array, and "$when" to keep an element only when a value is truthy ("${!path}" negates).
/// </summary>
/// <remarks>
/// <see cref="UserText"/> values are escaped (<see cref="CardMarkdown.Escape"/>) where the card renders Markdown, a
/// TextBlock's text and a fact's title and value, and bound as typed everywhere else (button data, input values).
/// </remarks>
public static class CardTemplate
{
    private static readonly ConcurrentDictionary<string, JsonNode> Templates = new(StringComparer.Ordinal);

    // Only measures a card's length: writes it into a buffer each thread reuses instead of making its text.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_measure;

    public static JsonObject Render(string name, object data) => Render(name, ScopeOf(data));

    /// <summary>The data as templates see it: JSON, with user text marked.</summary>
    internal static JsonNode? ScopeOf(object data) => CardScope.Of(data);

    /// <remarks>
    /// A card over <see cref="CardLimits.MaxBytes"/> is bound again with every user text shortened, halving the
    /// length until it fits: whatever people type (a 5,000-character question repeated in six buttons' data, ten
    /// long questions on a report, characters JSON writes as six-byte escapes), Teams gets a card it accepts.
    /// </remarks>
    internal static JsonObject Render(string name, JsonNode? scope)
    {
        var template = Templates.GetOrAdd(name, Load);
        var card = BindCard(name, template, scope, int.MaxValue);
        for (var clip = FirstClip; Utf8Length(card) > CardLimits.MaxBytes && clip >= MinClip; clip /= 2)
        {
            card = BindCard(name, template, scope, clip);
        }

        return card;
    }

    // The length of card.ToJsonString() in UTF-8: the same writer and options.
    private static long Utf8Length(JsonObject card)
    {
        var buffer = t_measure ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer);
        card.WriteTo(writer);
        writer.Flush();
        return writer.BytesCommitted;
    }

    // User text is shortened to this many characters first, then to half as many each time, down to MinClip.
    private const int FirstClip = 2000;
    private const int MinClip = 30;

    private static JsonObject BindCard(string name, JsonNode template, JsonNode? scope, int clip) =>
        Bind(template, scope, new Binding(scope, clip), markdown: false)?.AsObject() ?? throw new InvalidOperationException($"Template '{name}' bound to nothing.");

    // The data at the root of the template ($root), and the longest user text shown.
    private readonly record struct Binding(JsonNode? Data, int Clip);

    public static IEnumerable<string> Names =>
        typeof(CardTemplate).Assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(resource => resource[Prefix.Length..^".json".Length]);

    private const string Prefix = "PolicyBot.Cards.Templates.";

    private static JsonNode Load(string name)
    {
        using var stream = typeof(CardTemplate).Assembly.GetManifestResourceStream(Prefix + name + ".json")
            ?? throw new ArgumentException($"There is no card template named '{name}'.", nameof(name));
        return CardScope.Template(JsonNode.Parse(stream)) ?? throw new InvalidDataException($"The card template '{name}' is empty.");
    }

    private static JsonNode? Bind(JsonNode? node, JsonNode? scope, Binding binding, bool markdown, string? container = null) => node switch
    {
        JsonObject obj => BindObject(obj, scope, binding, container),
        JsonArray array => BindArray(array, scope, binding, container),
        JsonValue value when value.TryGetValue<string>(out var text) => BindString(text, scope, binding, markdown),
        _ => node?.DeepClone(),
    };

    // Where Adaptive Cards render Markdown: a TextBlock's text, and a fact's title and value.
    private static bool RendersMarkdown(JsonObject obj, string key, string? container) =>
        (key == "text" && obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == "TextBlock")
        || (container == "facts" && key is "title" or "value");

    private static JsonObject? BindObject(JsonObject obj, JsonNode? scope, Binding binding, string? container = null)
    {
        if (obj.TryGetPropertyValue("$when", out var when) && !IsTruthy(Evaluate(when?.GetValue<string>(), scope, binding.Data)))
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (key is "$when" or "$data")
            {
                continue;
            }

            var bound = Bind(value, scope, binding, RendersMarkdown(obj, key, container), key);
            if (bound is not null || value is null)
            {
                result[key] = bound;
            }
        }

        return result;
    }

    private static JsonArray BindArray(JsonArray array, JsonNode? scope, Binding binding, string? container)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonObject obj && obj.TryGetPropertyValue("$data", out var dataExpression))
            {
                var items = Evaluate(dataExpression?.GetValue<string>(), scope, binding.Data);
                if (items is not JsonArray list)
                {
                    if (BindObject(obj, items, binding, container) is { } single)
                    {
                        result.Add(single);
                    }

                    continue;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (BindObject(obj, list[i], binding, container) is { } bound)
                    {
                        result.Add(bound);
                    }
                }

                continue;
            }

            if (Bind(item, scope, binding, markdown: false, container) is { } boundItem)
            {
                result.Add(boundItem);
            }
        }

        return result;
    }

    private static JsonNode? BindString(string text, JsonNode? scope, Binding binding, bool markdown)
    {
        // Most of a template's strings are plain text: no expression to look for.
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return JsonValue.Create(text);
        }

        if (TemplateExpression.WholePath(text) is not null)
        {
            return Present(Evaluate(text, scope, binding.Data), markdown, binding.Clip);
        }

        return JsonValue.Create(TemplateExpression.Replace(text, (scope, binding, markdown), static (path, at) => Stringify(Present(Resolve(path, at.scope, at.binding.Data), at.markdown, at.binding.Clip))));
    }

    // The data as the card shows it: user text escaped where Markdown renders, as typed elsewhere.
    private static JsonNode? Present(JsonNode? node, bool markdown, int clip) => node switch
    {
        JsonObject obj when UserTextOf(obj) is { } text => JsonValue.Create(markdown ? CardMarkdown.Escape(Clip(text, clip)) : Clip(text, clip)),
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, Present(pair.Value, markdown, clip)))),
        JsonArray array => new JsonArray(array.Select(item => Present(item, markdown, clip)).ToArray()),
        _ => node?.DeepClone(),
    };

    private static string Clip(string text, int clip) =>
        text.Length <= clip ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[clip - 1]) ? clip - 1 : clip), "\u2026");

    private static string? UserTextOf(JsonObject obj) =>
        obj.Count == 1 && obj.TryGetPropertyValue(UserText.Marker, out var value) && value is JsonValue text && text.TryGetValue<string>(out var typed) ? typed : null;

    private static JsonNode? Evaluate(string? expression, JsonNode? scope, JsonNode? root)
    {
        var path = TemplateExpression.WholePath(expression ?? string.Empty)
            ?? throw new InvalidDataException($"Expected a template expression like ${{path}} but found '{expression}'.");
        return path.StartsWith('!')
            ? JsonValue.Create(!IsTruthy(Resolve(path[1..], scope, root)))
            : Resolve(path, scope, root);
    }

    private static JsonNode? Resolve(string path, JsonNode? scope, JsonNode? root)
    {
        var parsed = CardPath.Of(path);
        var current = parsed.FromRoot ? root : scope;
        foreach (var part in parsed.Parts)
        {
            current = current is JsonObject obj && obj.TryGetPropertyValue(part, out var next)
                ? next
                : throw new InvalidDataException($"The card data has no '{path}'.");
        }

        return current;
    }

    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonObject obj when UserTextOf(obj) is { } text => text.Length > 0,
        JsonArray array => array.Count > 0,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length > 0,
        _ => true,
    };

    private static string Stringify(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}

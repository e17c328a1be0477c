using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>
/// Card data and templates as JSON trees whose strings are .NET strings: a tree parsed from JSON text keeps each
/// value as UTF-8 and makes a new string (and a copy of the value's document, to clone it) every time it is read.
/// </summary>
internal static class CardScope
{
    private static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web);

    // As the serializer's own tree would be made with these options: names found whatever their case.
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = DataOptions.PropertyNameCaseInsensitive };

    /// <summary>The data as templates see it: JSON, with user text marked.</summary>
    public static JsonNode? Of(object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Node(JsonSerializer.SerializeToElement(data, data.GetType(), DataOptions));
    }

    /// <summary>A parsed template with every string value read once.</summary>
    public static JsonNode? Template(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, Template(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(Template).ToArray()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(value.GetValue<string>()),
        _ => node?.DeepClone(),
    };

    // Numbers stay as the serializer wrote them (an element of a document no one disposes, so cloning it copies
    // nothing); strings and booleans become values that hand out what they hold.
    private static JsonNode? Node(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject().Select(property => KeyValuePair.Create(property.Name, Node(property.Value))), NodeOptions),
        JsonValueKind.Array => new JsonArray(element.EnumerateArray().Select(Node).ToArray()),
        JsonValueKind.String => JsonValue.Create(element.GetString()!),
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(element),
    };
}

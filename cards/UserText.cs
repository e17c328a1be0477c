using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Cards;

/// <summary>
/// Text someone other than PolicyBot wrote (a question, a display name, a draft's words, a ticket's answer): cards
/// show it as typed, never as Markdown. <see cref="CardTemplate"/> escapes it wherever the card renders Markdown
/// (TextBlock text, FactSet facts) and leaves it as it is in button data and input values, where it is data.
/// </summary>
[JsonConverter(typeof(UserTextConverter))]
public readonly record struct UserText(string Value)
{
    /// <summary>The property that marks user text in the data a template is bound to.</summary>
    internal const string Marker = "$userText";

    public static implicit operator UserText(string? value) => new(value ?? string.Empty);

    public static UserText FromString(string? value) => new(value ?? string.Empty);

    public override string ToString() => Value ?? string.Empty;

    private sealed class UserTextConverter : JsonConverter<UserText>
    {
        public override UserText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Card data is written, never read.");

        public override void Write(Utf8JsonWriter writer, UserText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(Marker, value.Value ?? string.Empty);
            writer.WriteEndObject();
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Cards.Tests;

public sealed class CardTemplateTests
{
    [Fact]
    public void Render_DataContainingTemplateSyntax_IsInsertedLiterally()
    {
        var card = PolicyCards.Notice(new NoticeCardData("${title}", "${$root.text} and \u201cquotes\u201d"));

        Assert.Equal("${title}", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("${title}: ${$root.text} and \u201cquotes\u201d", card["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void Render_UnknownTemplate_SaysWhich()
    {
        var error = Assert.Throws<ArgumentException>(() => CardTemplate.Render("nope", new { }));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DataMissingAField_NamesTheField()
    {
        var error = Assert.Throws<InvalidDataException>(() => CardTemplate.Render("notice", new { Title = "t" }));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Quote \"x\" <b>*bold*</b> \u00e9\u2014\uD83D\uDE00 \\n ")]
    public void Render_EverySample_SameTextAsFromDataParsedFromJson(string? userText)
    {
        // The scope is built for speed (strings read once); a card must come out byte for byte as it did when the
        // data was serialized to JSON text and parsed back, including when long user text has to be shortened.
        foreach (var (name, (template, data)) in SampleCards.Data)
        {
            var parsed = JsonSerializer.SerializeToNode(data, data.GetType(), JsonSerializerOptions.Web);
            if (userText is not null)
            {
                Forge(parsed, string.Concat(Enumerable.Repeat(userText, 400)));
            }

            var scope = CardTemplate.ScopeOf(data);
            if (userText is not null)
            {
                Forge(scope, string.Concat(Enumerable.Repeat(userText, 400)));
            }

            Assert.True(CardTemplate.Render(template, parsed).ToJsonString() == CardTemplate.Render(template, scope).ToJsonString(), $"{name} differs");
        }
    }

    [Fact]
    public void ScopeOf_NameInAnotherCase_IsFoundAsTheSerializersTreeFindsIt()
    {
        var scope = CardTemplate.ScopeOf(SampleCards.Answer)!.AsObject();

        Assert.Equal(SampleCards.Answer.Heading, scope["HEADING"]!.GetValue<string>());
    }

    // Every user text in the data replaced by the given text.
    private static void Forge(JsonNode? node, string text)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 1 && obj.ContainsKey(UserText.Marker):
                obj[UserText.Marker] = text;
                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    Forge(value, text);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Forge(item, text);
                }

                break;
        }
    }
}

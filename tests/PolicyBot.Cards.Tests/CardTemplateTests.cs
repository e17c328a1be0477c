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
}

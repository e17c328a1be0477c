namespace PolicyBot.Cards.Tests;

public sealed class CardMarkdownTests
{
    [Theory]
    [InlineData("[Verify your account](https://evil.example/login)", "\\[Verify your account\\]\u2060(https[:]//evil[.]example/login)")]
    [InlineData("<https://evil.example>", "\\<\u2060https[:]//evil[.]example\\>")]
    [InlineData("go to www.evil.example now", "go to www[.]evil[.]example now")]
    [InlineData("mail it@evil.example", "mail it@evil[.]example")]
    [InlineData("**bold** and _italic_", "\\*\\*bold\\*\\* and \\_italic\\_")]
    [InlineData("- a list item", "\\- a list item")]
    [InlineData("1. first", "\\1. first")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("Mere\nBcc: someone", "Mere Bcc: someone")]
    [InlineData("can I post about my shift?", "can I post about my shift?")]
    public void Escape_Markdown_ShowsAsTyped(string typed, string expected)
    {
        Assert.Equal(expected, CardMarkdown.Escape(typed));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('-')]
    public void Escape_HundredThousandCharacters_IsLinearNotBacktracking(char filler)
    {
        // A pattern that backtracks takes minutes here; the test host's timeout would show it.
        var text = new string(filler, 100_000) + " x";

        var escaped = CardMarkdown.Escape(text);

        Assert.True(escaped.Length >= text.Length);
    }
}

using System.Text.RegularExpressions;

namespace PolicyBot.Cards.Tests;

public sealed class TemplateExpressionTests
{
    private static readonly string[] Texts =
    [
        "", "plain text", "${a}", "${a.b}", "${$root.a}", "${!a}", "${a}\n", "${a}\n\n", "${a\n}", "${}", "${}}", "$", "${", "${a", "{a}",
        "x${a}", "${a}x", "${a}${b}", "say ${a} and ${b}.", "${}${a}", "$${a}", "${${a}}", "${a}}", "${a}{b}", "${ a }", "\u201c${a}\u201d",
    ];

    [Fact]
    public void WholePath_EveryKindOfText_AgreesWithThePattern()
    {
        foreach (var text in Texts)
        {
            var match = Regex.Match(text, @"^\$\{([^}]+)\}$");

            Assert.True((match.Success ? match.Groups[1].Value : null) == TemplateExpression.WholePath(text), $"'{text}'");
        }
    }

    [Fact]
    public void Replace_EveryKindOfText_AgreesWithThePattern()
    {
        foreach (var text in Texts)
        {
            var expected = Regex.Replace(text, @"\$\{([^}]+)\}", match => "<" + match.Groups[1].Value + ">");

            Assert.True(expected == TemplateExpression.Replace(text, 0, static (path, _) => "<" + path + ">"), $"'{text}'");
        }
    }
}

namespace PolicyBot.Dialogs.Tests;

public sealed class LogValueTests
{
    [Fact]
    public void Of_LineBreaksAndEscapes_AreReplacedSoNoLineCanBeForged()
    {
        var logged = LogValue.Of("message\r\n2026-12-01 info: admin logged in\u001b[2J");

        Assert.DoesNotContain('\n', logged);
        Assert.DoesNotContain('\r', logged);
        Assert.DoesNotContain('\u001b', logged);
        Assert.StartsWith("message??2026", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_TenKilobytes_IsCutToTheLimit()
    {
        var logged = LogValue.Of(new string('x', 10_000));

        Assert.Equal(LogValue.MaxLength + 1, logged.Length);
        Assert.EndsWith("\u2026", logged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("message", "message")]
    [InlineData(null, "(none)")]
    [InlineData("", "(none)")]
    public void Of_OrdinaryValue_IsKept(string? value, string expected)
    {
        Assert.Equal(expected, LogValue.Of(value));
    }
}

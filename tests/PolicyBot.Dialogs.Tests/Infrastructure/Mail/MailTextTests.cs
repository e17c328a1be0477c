using PolicyBot.Dialogs.Infrastructure.Mail;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Mail;

public sealed class MailTextTests
{
    [Fact]
    public void Line_DisplayNameWithLineBreaks_AddsNoLine()
    {
        var line = MailText.Line("Sam Staff\r\nBcc: attacker@evil.example\nGoes to: nobody");

        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
        Assert.StartsWith("Sam Staff", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_QuestionOfSeveralLines_QuotesEachSoNoneStartsALine()
    {
        var quoted = MailText.Quoted("Can I post this?\nBcc: attacker@evil.example\r\n\r\nFrom: the CEO");

        Assert.All(quoted.Split('\n'), line => Assert.StartsWith("> ", line, StringComparison.Ordinal));
        Assert.Contains("> Bcc: attacker@evil.example", quoted, StringComparison.Ordinal);
    }
}

using System.Text;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>Text someone typed, made safe for an e-mail body: it cannot add lines that pass for the bot's own.</summary>
public static class MailText
{
    /// <summary>A name or label on one line: line breaks and other control characters become spaces, at most 200 characters.</summary>
    /// <remarks>A display name with line breaks once added forged lines such as "Bcc: ..." under the escalation e-mail's "From:".</remarks>
    public static string Line(string? text)
    {
        var line = new StringBuilder(Math.Min(text?.Length ?? 0, 200));
        foreach (var c in text ?? string.Empty)
        {
            if (line.Length == 200)
            {
                break;
            }

            line.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return line.ToString().Trim();
    }

    /// <summary>A question or answer of several lines, each quoted with "&gt; " so none reads as a line of the message itself.</summary>
    public static string Quoted(string? text)
    {
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        return string.Join("\n", lines.Select(line => "> " + string.Concat(line.Where(c => !char.IsControl(c) && c is not '\u2028' and not '\u2029'))));
    }
}

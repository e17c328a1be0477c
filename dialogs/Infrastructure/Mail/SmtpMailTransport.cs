using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>Sends mail through the configured SMTP server with MailKit, one connection per message.</summary>
public sealed class SmtpMailTransport(IOptions<MailSettings> settings) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var options = settings.Value;
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.SmtpHost, options.SmtpPort, Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true), cancellationToken).ConfigureAwait(false);
        if (options.UserName.Length > 0)
        {
            await client.AuthenticateAsync(options.UserName, options.Password, cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }
}

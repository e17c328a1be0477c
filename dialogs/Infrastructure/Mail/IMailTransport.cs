using MimeKit;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>Sends one message: over SMTP, or into the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

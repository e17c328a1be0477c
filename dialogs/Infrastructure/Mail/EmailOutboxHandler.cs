using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>Delivers "email" outbox messages; a server that is down or busy is retried, a rejected address is not.</summary>
public sealed class EmailOutboxHandler(IMailTransport transport, IOptions<MailSettings> settings) : IOutboxHandler
{
    public IReadOnlyCollection<string> Kinds { get; } = [EmailPayload.Kind];

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var email = EmailPayload.FromJson(message.Payload);
        var mime = new MimeMessage { Subject = email.Subject, MessageId = email.MessageId, Body = new TextPart("plain") { Text = email.Body } };
        mime.From.Add(MailboxAddress.Parse(settings.Value.From));
        mime.To.Add(MailboxAddress.Parse(email.To));
        mime.ReplyTo.Add(MailboxAddress.Parse(email.ReplyTo));
        try
        {
            await transport.SendAsync(mime, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException rejected) when ((int)rejected.StatusCode >= 500)
        {
            throw new OutboxDeliveryException($"The mail server refused the message ({rejected.StatusCode}).", retryable: false, retryAfter: null, rejected);
        }
        catch (Exception failure) when (failure is SocketException or IOException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException)
        {
            throw new OutboxDeliveryException("The mail server could not be reached or was busy.", retryable: true, retryAfter: null, failure);
        }
    }
}

using Microsoft.Extensions.Options;
using MimeKit;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file, so with no SMTP server configured nothing is lost.</summary>
public sealed class PickupFolderTransport(IOptions<MailSettings> settings) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = settings.Value.ResolvePickupFolder();
        Directory.CreateDirectory(folder);

        // Named by Message-Id: a retried delivery overwrites its own file instead of writing a second one.
        var name = string.Concat((message.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId()).Split(Path.GetInvalidFileNameChars())) + ".eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
    }
}

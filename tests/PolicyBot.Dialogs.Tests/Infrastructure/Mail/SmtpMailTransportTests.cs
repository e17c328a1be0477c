using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Mail;

/// <summary>MailKit against a real SMTP server on loopback: Debian's aiosmtpd, saving mail to a Maildir.</summary>
public sealed class SmtpMailTransportTests : IDisposable
{
    private readonly string _maildir = Path.Combine(Directory.CreateTempSubdirectory("policybot-smtp").FullName, "Maildir");
    private Process? _server;

    [Fact]
    public async Task DeliverAsync_ServerDownThenUp_FailsRetryablyThenTheMailArrivesWithTicketAndReplyTo()
    {
        var port = FreePort();
        var settings = Options.Create(new MailSettings { SmtpHost = "127.0.0.1", SmtpPort = port, Security = "None", ReplyTo = "socialmedia@corrections.govt.nz" });
        var handler = new EmailOutboxHandler(new SmtpMailTransport(settings), settings);
        var email = new EmailPayload("socialmedia@corrections.govt.nz", "[PB-1001] Social media policy question", "Can I talk to a reporter?", "socialmedia@corrections.govt.nz", "pb-1001.1@policybot");
        var message = new OutboxMessage(1, EmailPayload.Kind, email.ToJson(), 1, DateTimeOffset.UnixEpoch);

        var down = await Assert.ThrowsAsync<OutboxDeliveryException>(() => handler.DeliverAsync(message, CancellationToken.None));
        Assert.True(down.Retryable);

        await StartServerAsync(port);
        await handler.DeliverAsync(message, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_maildir, "new")));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("Subject: [PB-1001] Social media policy question", text, StringComparison.Ordinal);
        Assert.Contains("Reply-To: socialmedia@corrections.govt.nz", text, StringComparison.Ordinal);
        Assert.Contains("To: socialmedia@corrections.govt.nz", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_NoSmtpConfigured_WritesOneEmlPerMessageToThePickupFolder()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-pickup").FullName;
        var settings = Options.Create(new MailSettings { PickupFolder = folder });
        var handler = new EmailOutboxHandler(new PickupFolderTransport(settings), settings);
        var email = new EmailPayload("socialmedia@corrections.govt.nz", "[PB-1002] Question", "Body", "socialmedia@corrections.govt.nz", "pb-1002.1@policybot");
        var message = new OutboxMessage(2, EmailPayload.Kind, email.ToJson(), 1, DateTimeOffset.UnixEpoch);

        await handler.DeliverAsync(message, CancellationToken.None);
        await handler.DeliverAsync(message with { Attempts = 2 }, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        Assert.Contains("[PB-1002] Question", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
        }

        _server?.Dispose();
    }

    private async Task StartServerAsync(int port)
    {
        var python = Environment.GetEnvironmentVariable("POLICYBOT_TEST_SMTPD") ?? "/usr/bin/python3";
        _server = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail("aiosmtpd did not start; scripts/test.sh installs python3-aiosmtpd.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

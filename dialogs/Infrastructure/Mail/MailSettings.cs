using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>The "Mail" configuration section. With no SmtpHost, mail is written as .eml files to PickupFolder.</summary>
public sealed class MailSettings
{
    public const string SectionName = "Mail";

    public string SmtpHost { get; set; } = string.Empty;

    [Range(1, 65535, ErrorMessage = "Mail:SmtpPort must be between 1 and 65535.")]
    public int SmtpPort { get; set; } = 25;

    /// <summary>"None", "StartTls", "StartTlsWhenAvailable", "SslOnConnect" or "Auto" (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string From { get; set; } = "policybot@corrections.govt.nz";

    /// <summary>Where replies go when the requester's own address must not be shared or is unknown.</summary>
    public string ReplyTo { get; set; } = "socialmedia@corrections.govt.nz";

    public string PickupFolder { get; set; } = "data/mail-pickup";

    /// <summary>The folder's full path; a relative one is taken from the working directory, like Storage:SqlitePath.</summary>
    public string ResolvePickupFolder() => Path.GetFullPath(PickupFolder);
}

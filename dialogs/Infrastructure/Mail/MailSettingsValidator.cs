using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>Checks the mail settings' words and addresses, so a typo shows at start-up and not on the first email.</summary>
internal sealed class MailSettingsValidator : IValidateOptions<MailSettings>
{
    public ValidateOptionsResult Validate(string? name, MailSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out _) || int.TryParse(options.Security, out _))
        {
            failures.Add($"Mail:Security '{options.Security}' must be one of {string.Join(", ", Enum.GetNames<SecureSocketOptions>())}.");
        }

        foreach (var (key, address) in new[] { ("Mail:From", options.From), ("Mail:ReplyTo", options.ReplyTo) })
        {
            if (!MailboxAddress.TryParse(address, out _))
            {
                failures.Add($"{key} '{address}' is not an email address.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

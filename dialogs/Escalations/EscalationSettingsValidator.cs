using Microsoft.Extensions.Options;
using MimeKit;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Checks what attributes cannot: the time zone is one this machine knows, the mailboxes are addresses.</summary>
internal sealed class EscalationSettingsValidator : IValidateOptions<EscalationSettings>
{
    public ValidateOptionsResult Validate(string? name, EscalationSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? string.Empty, out _))
        {
            failures.Add($"Escalations:TimeZone '{options.TimeZone}' is not a time zone this machine knows; use an IANA id such as Pacific/Auckland.");
        }

        foreach (var (queue, mailbox) in options.Mailboxes)
        {
            if (mailbox.Trim().Length > 0 && !MailboxAddress.TryParse(mailbox.Trim(), out _))
            {
                failures.Add($"Escalations:Mailboxes:{queue} '{mailbox}' is not an email address; leave it empty for none.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

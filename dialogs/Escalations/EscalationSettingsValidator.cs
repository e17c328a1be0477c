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

        foreach (var (key, mailbox) in new[] { ("Escalations:CommunicationsMailbox", options.CommunicationsMailbox), ("Escalations:IntegrityMailbox", options.IntegrityMailbox) })
        {
            if (mailbox.Length > 0 && !MailboxAddress.TryParse(mailbox, out _))
            {
                failures.Add($"{key} '{mailbox}' is not an email address; leave it empty for none.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

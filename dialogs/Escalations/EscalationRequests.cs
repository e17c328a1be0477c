using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>
/// What makes two submissions the same request: the same person asking the same question (spacing and case
/// aside) of the same team. Kept as a hash, so the key names nobody.
/// </summary>
public static class EscalationRequests
{
    public static string Key(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var question = string.Join(' ', escalation.Question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{escalation.RequesterId}\n{escalation.Route}\n{question}"));
        return Convert.ToHexStringLower(hash);
    }
}

using System.Globalization;
using System.Text;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// Every acknowledgement of a shared card as CSV (RFC 4180): one row per person per version read, the audit
/// record of who read which version when. Cells a spreadsheet would run as a formula are written as text.
/// </summary>
public static class AcknowledgementCsv
{
    public const string Header = "share,policy,part,version,version_effective,person,teams_user_id,acknowledged_utc";

    /// <param name="share">The shared card.</param>
    /// <param name="policy">The policy's title.</param>
    /// <param name="part">The card's title.</param>
    /// <param name="acknowledgements">Its acknowledgements, every version.</param>
    /// <param name="effective">A version's effective date as text, or empty when it is not known.</param>
    public static string Write(ShareRecord share, string policy, string part, IReadOnlyList<Acknowledgement> acknowledgements, Func<int, string> effective)
    {
        ArgumentNullException.ThrowIfNull(share);
        ArgumentNullException.ThrowIfNull(acknowledgements);
        ArgumentNullException.ThrowIfNull(effective);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var a in acknowledgements.OrderBy(a => a.At).ThenBy(a => a.UserName, StringComparer.Ordinal))
        {
            string[] cells =
            [
                share.Id, policy, part, a.Version.ToString(CultureInfo.InvariantCulture), effective(a.Version), a.UserName, a.UserId,
                a.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Cell(string value)
    {
        // "=HYPERLINK(...)" typed as a Teams name must stay text when the sharer opens the file in Excel.
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text != text.Trim() ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

using System.Globalization;

namespace PolicyBot.Knowledge.Documents;

/// <summary>Reads the loose dates policies use for review ("July 2017", "1 March 2024", "2024-03-01", "March 1, 2024").</summary>
public static class ReviewDates
{
    private static readonly string[] MonthYear = ["MMMM yyyy", "MMM yyyy", "MMMM, yyyy", "M/yyyy", "yyyy-MM"];
    private static readonly string[] FullDate =
    [
        "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "MMMM d, yyyy", "MMM d, yyyy", "dddd, d MMMM yyyy", "dddd d MMMM yyyy",
        "yyyy-MM-dd", "yyyy/MM/dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d-MMM-yyyy", "d MMM yy", "d/M/yy",
    ];

    /// <summary>The first day on which a review due at <paramref name="text"/> is overdue.</summary>
    public static DateOnly? FirstDayAfter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, MonthYear, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            // "July 2017" means by the end of July.
            return month.AddMonths(1);
        }

        return DateOnly.TryParseExact(trimmed, FullDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddDays(1)
            : null;
    }

    /// <summary>The first day a date names: 1 March 2027 for "March 2027" or "1 March 2027"; null when it is not a date.</summary>
    public static DateOnly? FirstDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, MonthYear, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        return DateOnly.TryParseExact(trimmed, FullDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}

namespace PolicyBot.Dialogs.Escalations.Reminders;

/// <summary>Working time between two instants: Monday to Friday, 9:00 to 17:00 in the team's time zone.</summary>
public static class WorkingHours
{
    private static readonly TimeSpan DayStart = TimeSpan.FromHours(9);
    private static readonly TimeSpan DayEnd = TimeSpan.FromHours(17);

    public static TimeSpan Between(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var total = TimeSpan.Zero;
        for (var day = TimeZoneInfo.ConvertTime(from, zone).Date; day <= TimeZoneInfo.ConvertTime(to, zone).Date; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            // Each day's window is converted on its own date, so daylight saving changes land on the right days.
            var start = Max(from, Local(day + DayStart, zone));
            var end = Min(to, Local(day + DayEnd, zone));
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    private static DateTimeOffset Local(DateTime local, TimeZoneInfo zone) => new(local, zone.GetUtcOffset(local));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Escalations.Reminders;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Escalations.Reminders;

public sealed class ReminderServiceTests
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    // Friday 27 November 2026, 15:00 in Auckland (NZDT, UTC+13).
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 11, 27, 15, 0, 0, TimeSpan.FromHours(13));

    [Fact]
    public void Between_AcrossAWeekend_CountsOnlyWorkingHoursInAuckland() =>
        Assert.Equal(TimeSpan.FromHours(3), WorkingHours.Between(FridayAfternoon, FridayAfternoon.AddDays(3).AddHours(-5), Auckland));

    [Fact]
    public async Task RemindAsync_UnassignedPastFourWorkingHours_RemindsOnceNotBefore()
    {
        var time = new FakeTimeProvider(FridayAfternoon);
        var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var store = new SqlEscalationStore(database);
        await store.CreateAsync(SqlEscalationStoreTests.Draft("conv|remind") with { CreatedAt = FridayAfternoon, UpdatedAt = FridayAfternoon }, "Sam", _ => [], CancellationToken.None);
        var reminders = new ReminderService(store, Options.Create(new EscalationSettings()), time, NullLogger<ReminderService>.Instance);

        time.Advance(TimeSpan.FromDays(3) - TimeSpan.FromHours(5)); // Monday 10:00: 3 working hours.
        Assert.Equal(0, await reminders.RemindAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromHours(1)); // Monday 11:00: 4 working hours.
        Assert.Equal(1, await reminders.RemindAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.RemindAsync(CancellationToken.None));

        var outbox = await new OutboxStore(database).ListAsync(CancellationToken.None);
        Assert.Equal([TeamsPayload.TicketKind, TeamsPayload.SendKind], outbox.Select(m => m.Kind));
        Assert.Equal("reminded", (await store.HistoryAsync(1, CancellationToken.None))[^1].Kind);
    }
}

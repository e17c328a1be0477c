using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Tests.Answers;

public sealed class FeedbackStoreTests
{
    [Fact]
    public async Task Add_ThenList_RoundTripsThroughTheSqliteFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "nested", "bot.db");
        var at = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);
        var entry = new FeedbackEntry("can i post about work?", Helpful: false, Answered: true, "personal", at);

        await new FeedbackStore(new SqliteDatabase(Options.Create(new StorageSettings { SqlitePath = path }))).AddAsync(entry, CancellationToken.None);
        var reopened = new FeedbackStore(new SqliteDatabase(Options.Create(new StorageSettings { SqlitePath = path })));

        Assert.Equal([entry], await reopened.ListAsync(CancellationToken.None));
    }
}

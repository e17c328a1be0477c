using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Insights;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Sharing;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Storage;

public sealed class SchemaMigratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryVersionOnceThenNothing(string engine)
    {
        var database = await TestDatabase.CreateEmptyAsync(engine);

        Assert.Equal([1, 2, 3, 4], await TestDatabase.MigrateAsync(database));
        Assert.Empty(await TestDatabase.MigrateAsync(database));
        Assert.Equal(4, SchemaMigrator.Latest);
        await TestDatabase.DisposeAsync(database);
    }

    [Fact]
    public async Task MigrateAsync_TwoInstancesStartingTogetherOnPostgres_OneAppliesTheOtherWaitsAndFindsNothing()
    {
        var schema = await TestDatabase.PostgresSchemaAsync();
        await using var first = new PostgresDatabase(schema);
        await using var second = new PostgresDatabase(schema);

        var applied = await Task.WhenAll(TestDatabase.MigrateAsync(first), TestDatabase.MigrateAsync(second));

        Assert.Equal([1, 2, 3, 4], applied.SelectMany(versions => versions).Order());
    }

    [Fact]
    public async Task MigrateAsync_SqliteFile_SwitchesItToWriteAheadLogging()
    {
        var path = TestDatabase.SqlitePath();

        await TestDatabase.MigrateAsync(new SqliteDatabase(path));

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MigrateAsync_SchemaNewerThanThisBuild_RefusesAndChangesNothing(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await Sql.ExecuteAsync(database, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', 0)", CancellationToken.None);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => TestDatabase.MigrateAsync(database));

        Assert.Contains("has schema version 99, newer than this build of PolicyBot knows (4)", failure.Message, StringComparison.Ordinal);
        await TestDatabase.DisposeAsync(database);
    }

    [Fact]
    public async Task MigrateAsync_SqliteFileFromBeforeTheOneStorageLayer_KeepsEveryRowWithItsTime()
    {
        var path = TestDatabase.SqlitePath();
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "storage-before-v2.sql")), connection);
            await command.ExecuteNonQueryAsync();
        }

        var database = new SqliteDatabase(path);
        Assert.Equal([1, 2, 3, 4], await TestDatabase.MigrateAsync(database));

        Assert.Equal("Can I talk to a reporter?", (await new SqlEscalationStore(database).GetAsync(1, CancellationToken.None))!.Question);
        Assert.Equal([new FeedbackEntry("can i post about work?", false, true, "personal", Now.AddMinutes(30))], await new FeedbackStore(database).ListAsync(CancellationToken.None));
        await using (var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System))
        {
            var asked = Assert.Single(await log.SinceAsync(Now.AddDays(-1), CancellationToken.None));
            Assert.Equal(new AskedQuestion("how is overtime paid", false, null, "channel", new DateTimeOffset(2026, 11, 24, 21, 15, 30, 123, TimeSpan.Zero)), asked);
        }

        var checks = new PostCheckStore(database, Options.Create(new PostCheckSettings()), new FakeTimeProvider(Now));
        Assert.Equal("Long shift today", (await checks.FindAsync("0123456789abcdef0123456789abcdef", CancellationToken.None))!.Draft);
        var shares = new ShareStore(database);
        Assert.Equal(Now, (await shares.FindAsync("s1", CancellationToken.None))!.SharedAt);
        Assert.Equal([new Acknowledgement("s1", "29:1staff", "Sam Staff", Now.AddMinutes(1))], await shares.AcknowledgementsAsync("s1", CancellationToken.None));

        // The new tables take new rows where the old ones left off.
        await new FeedbackStore(database).AddAsync(new FeedbackEntry("another", true, true, "personal", Now), CancellationToken.None);
        Assert.Equal(2, (await new FeedbackStore(database).ListAsync(CancellationToken.None)).Count);
    }
}

using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Storage;

public sealed class SqliteDatabaseTests
{
    // Without SQLite's own busy timeout the library retried a locked write every 150 ms: the fault harness measured
    // a posted card's id saved up to a second after Teams had the card, the window in which kill -9 posts it twice.
    [Fact]
    public async Task OpenAsync_AnyConnection_LetsSqliteWaitForAnotherWritersLockItself()
    {
        var database = new SqliteDatabase(TestDatabase.SqlitePath());

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal(30_000L, await command.ExecuteScalarAsync());
    }

    // FULL (the default) waits for the disk on every commit: a flush or two per turn halved the bot's throughput.
    // In WAL mode NORMAL loses nothing when the process is killed, only the last commits on a power cut.
    [Fact]
    public async Task OpenAsync_AnyConnection_CommitsWithoutWaitingForTheDiskEachTime()
    {
        var database = new SqliteDatabase(TestDatabase.SqlitePath());
        await TestDatabase.MigrateAsync(database);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var journal = await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous";

        Assert.Equal(("wal", 1L), (journal, await command.ExecuteScalarAsync()));
    }

    // The settings are made once per pooled handle: a handle the pool gives out again must still have them.
    [Fact]
    public async Task OpenAsync_PooledHandleOpenedAgain_KeepsBothSettings()
    {
        var database = new SqliteDatabase(TestDatabase.SqlitePath());
        await TestDatabase.MigrateAsync(database);
        object? first;
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            first = ((Microsoft.Data.Sqlite.SqliteConnection)connection).Handle;
        }

        await using var again = await database.OpenAsync(CancellationToken.None);
        await using var command = again.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        var timeout = await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous";

        Assert.Same(first, ((Microsoft.Data.Sqlite.SqliteConnection)again).Handle);
        Assert.Equal((30_000L, 1L), (timeout, await command.ExecuteScalarAsync()));
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.TestHost;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file in a temporary folder, or a schema of its own in the
/// PostgreSQL that scripts/test.sh starts (POLICYBOT_TEST_POSTGRES). Every store's contract runs on both.
/// </summary>
public static class TestDatabase
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Both engines, for a store contract's [Theory].</summary>
    public static TheoryData<string> Engines => [Sqlite, Postgres];

    public static async Task<IDatabase> CreateAsync(string engine)
    {
        var database = await CreateEmptyAsync(engine);
        await MigrateAsync(database);
        return database;
    }

    /// <summary>A database with no tables at all, not even the migrations' record.</summary>
    public static async Task<IDatabase> CreateEmptyAsync(string engine) => engine switch
    {
        Sqlite => new SqliteDatabase(SqlitePath()),
        Postgres => new PostgresDatabase(await PostgresSchemaAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "sqlite or postgres"),
    };

    public static Task<IReadOnlyList<int>> MigrateAsync(IDatabase database) =>
        new SchemaMigrator(database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);

    /// <summary>A SQLite file that does not exist yet, in a folder of its own.</summary>
    public static string SqlitePath() => Path.Combine(Directory.CreateTempSubdirectory("policybot-db").FullName, "bot.db");

    /// <summary>A connection string to a new, empty schema of the test PostgreSQL.</summary>
    public static async Task<string> PostgresSchemaAsync()
    {
        var server = Environment.GetEnvironmentVariable("POLICYBOT_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(server), "POLICYBOT_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
        var schema = "t" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Releases a database's connections (PostgreSQL's data source); a SQLite file needs nothing.</summary>
    public static async ValueTask DisposeAsync(IDatabase database)
    {
        if (database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}

using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Hosting;

/// <summary>
/// A bot started on an empty database takes load at once: the schema is made at start-up, before the web server
/// listens, and SQLite runs in write-ahead logging. Checked on both databases rather than assumed.
/// </summary>
public sealed class FreshDatabaseTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Start_EmptyDatabaseThenABurst_SchemaIsThereBeforeTheFirstRequestAndEveryRequestIsKept(string engine)
    {
        var settings = new Dictionary<string, string?>();
        var sqlite = TestDatabase.SqlitePath();
        if (engine == TestDatabase.Postgres)
        {
            settings["Storage:PostgresConnectionString"] = await TestDatabase.PostgresSchemaAsync();
        }
        else
        {
            settings["Storage:SqlitePath"] = sqlite;
        }

        await using var bot = await BotServer.StartAsync(_ => settings);
        var database = bot.Services.GetRequiredService<IDatabase>();

        // Before any request: every migration applied, and for SQLite the journal in WAL mode.
        Assert.Equal(SchemaMigrator.Latest, Convert.ToInt32(await ScalarAsync(database, "SELECT MAX(version) FROM schema_migrations"), System.Globalization.CultureInfo.InvariantCulture));
        if (engine == TestDatabase.Sqlite)
        {
            Assert.Equal("wal", await ScalarAsync(database, "PRAGMA journal_mode"));
        }

        var burst = Enumerable.Range(0, 40).Select(i => bot.PostAsync(bot.Activity("card-action.json", ("verb", "feedback"), ("data", $$"""{"action":"feedback","helpful":true,"question":"question {{i}}"}"""))));
        var responses = await Task.WhenAll(burst);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(40, (await bot.Services.GetRequiredService<FeedbackStore>().ListAsync(CancellationToken.None)).Count);
    }

    private static async Task<object?> ScalarAsync(IDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public void Build_HostedServices_TheSchemaFirstAndTheWebServerLast()
    {
        var app = Bot.Hosting.BotHost.Build(["--urls", "http://127.0.0.1:0"], configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = TestDatabase.SqlitePath() }));

        var order = app.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ToList();

        Assert.Equal(nameof(SchemaMigrator), order[0]);
        Assert.Equal("GenericWebHostService", order[^1]);
    }
}

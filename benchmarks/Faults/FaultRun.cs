using System.Globalization;
using Npgsql;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>What every fault scenario starts with: the stand-ins, a database, and bot processes configured to use them.</summary>
internal sealed class FaultRun : IAsyncDisposable
{
    private readonly List<BotProcess> _bots = [];
    private readonly string _folder;

    private FaultRun(string folder, TeamsStandIn teams, SmtpStandIn mail, KeyValuePair<string, string> storage)
    {
        _folder = folder;
        Teams = teams;
        Mail = mail;
        Storage = storage;
    }

    public TeamsStandIn Teams { get; }

    public SmtpStandIn Mail { get; }

    public Tally Tally { get; } = new();

    /// <summary>The storage setting every bot of the run gets: one SQLite file, or one PostgreSQL schema.</summary>
    public KeyValuePair<string, string> Storage { get; }

    public IReadOnlyList<BotProcess> Bots => _bots;

    public static async Task<FaultRun> StartAsync(string name, bool postgres, bool mailHung = false)
    {
        var folder = Directory.CreateTempSubdirectory($"policybot-faults-{name}-").FullName;
        var storage = postgres
            ? new KeyValuePair<string, string>("Storage__PostgresConnectionString", await PostgresSchemaAsync())
            : new KeyValuePair<string, string>("Storage__SqlitePath", Path.Combine(folder, "bot.db"));
        return new FaultRun(folder, await TeamsStandIn.StartAsync(), new SmtpStandIn(mailHung), storage);
    }

    /// <summary>Starts a bot process on the run's database; extra settings as environment variables (Outbox__Lease=...).</summary>
    public async Task<BotProcess> StartBotAsync(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            [Storage.Key] = Storage.Value,
            ["Escalations__Admins__0"] = "29:admin",
            ["Escalations__Mailboxes__integrity"] = "integrity@corrections.govt.nz",
            ["Mail__SmtpHost"] = "127.0.0.1",
            ["Mail__SmtpPort"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail__Security"] = "None",
            ["Knowledge__WatchForChanges"] = "false",

            // One folder of cached passage vectors for every run, so a restart takes seconds, not a re-encoding.
            ["Knowledge__VectorCacheFolder"] = Path.Combine(Path.GetTempPath(), "policybot-faults-vectors"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var bot = new BotProcess(BotProcess.Dll(Repository.Root), settings, Path.Combine(_folder, $"bot-{_bots.Count + 1}.log"));
        _bots.Add(bot);
        await bot.StartAsync();
        return bot;
    }

    public Staff Staff(int number, Func<Uri> bot, TimeSpan thinkTime = default) => new(number, bot, Teams.ServiceUrl, Tally, thinkTime);

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            bot.Dispose();
        }

        Mail.Dispose();
        await Teams.DisposeAsync();
        await File.WriteAllLinesAsync(Path.Combine(_folder, "teams.log"), Teams.Posts);
        Console.WriteLine($"  (logs in {_folder})");
    }

    private static async Task<string> PostgresSchemaAsync()
    {
        var server = Environment.GetEnvironmentVariable("POLICYBOT_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            throw new InvalidOperationException("POLICYBOT_TEST_POSTGRES is not set: `source scripts/test-services.sh && start_test_services` first.");
        }

        var schema = "faults" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }
}

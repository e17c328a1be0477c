using Npgsql;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Tests.Escalations;

/// <summary>The store suite against the PostgreSQL that scripts/test.sh starts; each test gets its own schema.</summary>
public sealed class PostgresEscalationStoreTests : EscalationStoreContract
{
    protected override async Task<IEscalationDatabase> CreateDatabaseAsync()
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

        return new PostgresEscalationDatabase(new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString);
    }
}

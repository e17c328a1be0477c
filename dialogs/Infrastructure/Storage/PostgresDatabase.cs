using System.Data.Common;
using Npgsql;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Every store in PostgreSQL, so several bot instances share all state: tickets, checks, shares, the outbox.</summary>
public sealed class PostgresDatabase(string connectionString) : IDatabase, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public SqlDialect Dialect => SqlDialect.Postgres;

    public string Describe
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}

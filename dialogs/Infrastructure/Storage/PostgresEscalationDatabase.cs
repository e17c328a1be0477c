using System.Data.Common;
using Npgsql;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Escalations in PostgreSQL, so several bot instances share one queue and one outbox.</summary>
public sealed class PostgresEscalationDatabase(string connectionString) : IEscalationDatabase, IAsyncDisposable
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

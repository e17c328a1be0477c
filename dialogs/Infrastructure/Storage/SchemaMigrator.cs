using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>
/// Brings the database up to the schema this build knows, once, when the bot starts (and before any command
/// reads it): the migrations not yet recorded in schema_migrations, in order, in one transaction. Instances
/// starting together on one PostgreSQL take turns (an advisory lock); the later one finds nothing to do.
/// </summary>
public sealed class SchemaMigrator(IDatabase database, TimeProvider time, ILogger<SchemaMigrator> logger) : IHostedService
{
    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => Migrations.All[^1].Version;

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies what is missing; returns the versions applied.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (dialect.Prepare.Length > 0)
            {
                await Sql.ExecuteAsync(connection, null, dialect.Prepare, cancellationToken).ConfigureAwait(false);
            }

            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (dialect.SchemaLock.Length > 0)
                {
                    await Sql.ExecuteAsync(connection, transaction, dialect.SchemaLock, cancellationToken).ConfigureAwait(false);
                }

                await Sql.ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)", cancellationToken).ConfigureAwait(false);
                var done = (await Sql.QueryAsync(connection, transaction, "SELECT version FROM schema_migrations", reader => (int)Sql.Long(reader, 0), cancellationToken).ConfigureAwait(false)).ToHashSet();
                if (done.Count > 0 && done.Max() > Latest)
                {
                    throw new InvalidOperationException($"The database at {database.Describe} has schema version {done.Max()}, newer than this build of PolicyBot knows ({Latest}). Run the newer build, or another database.");
                }

                var applied = new List<int>();
                foreach (var migration in Migrations.All.Where(m => !done.Contains(m.Version)))
                {
                    await migration.ApplyAsync(connection, transaction, dialect, cancellationToken).ConfigureAwait(false);
                    await Sql.ExecuteAsync(connection, transaction, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", cancellationToken, ("@version", (long)migration.Version), ("@name", migration.Name), ("@at", Sql.Millis(time.GetUtcNow()))).ConfigureAwait(false);
                    applied.Add(migration.Version);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                foreach (var version in applied)
                {
                    Log.SchemaMigrated(logger, version, database.Describe);
                }

                return applied;
            }
        }
    }
}

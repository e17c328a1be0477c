using System.Data.Common;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>One numbered change to the schema, applied once, in order, in the transaction that records it.</summary>
/// <param name="Version">Its number; never reused or renumbered once released.</param>
/// <param name="Name">What it does, as schema_migrations records it.</param>
/// <param name="ApplyAsync">The change.</param>
internal sealed record Migration(int Version, string Name, Func<DbConnection, DbTransaction, SqlDialect, CancellationToken, Task> ApplyAsync)
{
    /// <summary>A migration that is only SQL statements.</summary>
    public static Migration Of(int version, string name, Func<SqlDialect, IEnumerable<string>> statements) =>
        new(version, name, async (connection, transaction, dialect, cancellationToken) =>
        {
            foreach (var statement in statements(dialect))
            {
                await Sql.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }
        });
}

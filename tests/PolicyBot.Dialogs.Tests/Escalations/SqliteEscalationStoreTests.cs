using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Tests.Escalations;

public sealed class SqliteEscalationStoreTests : EscalationStoreContract
{
    protected override Task<IEscalationDatabase> CreateDatabaseAsync() =>
        Task.FromResult<IEscalationDatabase>(new SqliteEscalationDatabase(Path.Combine(Directory.CreateTempSubdirectory("policybot-esc").FullName, "bot.db")));
}

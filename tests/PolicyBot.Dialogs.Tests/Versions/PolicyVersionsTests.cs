using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge.Versions;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Versions;

/// <summary>Versions recorded as the knowledge folder loads and reloads, on SQLite and PostgreSQL.</summary>
public sealed class PolicyVersionsTests : IDisposable
{
    private readonly RevisableKnowledge _folder = new();

    public static TheoryData<string> Engines => TestDatabase.Engines;

    public void Dispose() => _folder.Delete();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Catalog_SameFilesLoadedAgain_NoNewVersion(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var versions = new PolicyVersions(new PolicyVersionStore(database), [], RevisedPolicy.Clock(), NullLogger<PolicyVersions>.Instance);

        await versions.CatalogAsync(_folder.Load(RevisedPolicy.Clock()), CancellationToken.None);
        var again = await versions.CatalogAsync(_folder.Load(RevisedPolicy.Clock(2026, 12, 1)), CancellationToken.None);

        var history = again.History(RevisedPolicy.PolicyId);
        Assert.Equal(1, Assert.Single(history.Versions).Number);
        Assert.Equal(new DateOnly(2026, 11, 25), history.Latest!.EffectiveDate);
        Assert.Null(again.NoteFor([RevisedPolicy.PolicyId]));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Catalog_PolicyFileReplaced_RecordsVersionTwoAndTellsTheListeners(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var listener = new Mock<IPolicyVersionListener>();
        var versions = new PolicyVersions(new PolicyVersionStore(database), [listener.Object], RevisedPolicy.Clock(), NullLogger<PolicyVersions>.Instance);
        await versions.CatalogAsync(_folder.Load(RevisedPolicy.Clock()), CancellationToken.None);

        _folder.Revise();
        var catalog = await versions.CatalogAsync(_folder.Load(RevisedPolicy.Clock(2027, 2, 20)), CancellationToken.None);

        Assert.Equal("version 2, effective 1 March 2027", catalog.Current(RevisedPolicy.PolicyId)!.Label);
        Assert.Equal("Quoted from the Social Media Policy, version 2, effective 1 March 2027.", catalog.NoteFor([RevisedPolicy.PolicyId]));
        listener.Verify(l => l.OnNewVersionAsync(It.Is<PolicyVersion>(v => v.Number == 1), It.IsAny<CancellationToken>()), Times.Once);
        listener.Verify(l => l.OnNewVersionAsync(It.Is<PolicyVersion>(v => v.Number == 2), It.IsAny<CancellationToken>()), Times.Once);
        await TestDatabase.DisposeAsync(database);
    }

    [Fact]
    public async Task Catalog_TwoInstancesRecordTheSameChangeOnPostgres_OneVersionTwo()
    {
        var schema = await TestDatabase.PostgresSchemaAsync();
        await using var first = new PolicyBot.Dialogs.Infrastructure.Storage.PostgresDatabase(schema);
        await using var second = new PolicyBot.Dialogs.Infrastructure.Storage.PostgresDatabase(schema);
        await TestDatabase.MigrateAsync(first);
        var one = new PolicyVersions(new PolicyVersionStore(first), [], RevisedPolicy.Clock(), NullLogger<PolicyVersions>.Instance);
        var two = new PolicyVersions(new PolicyVersionStore(second), [], RevisedPolicy.Clock(), NullLogger<PolicyVersions>.Instance);
        await one.CatalogAsync(_folder.Load(RevisedPolicy.Clock()), CancellationToken.None);
        _folder.Revise();
        var (a, b) = (_folder.Load(RevisedPolicy.Clock()), _folder.Load(RevisedPolicy.Clock()));

        var catalogs = await Task.WhenAll(one.CatalogAsync(a, CancellationToken.None), two.CatalogAsync(b, CancellationToken.None));

        Assert.All(catalogs, catalog => Assert.Equal([1, 2], catalog.History(RevisedPolicy.PolicyId).Versions.Select(v => v.Number)));
        Assert.Equal([1, 2], (await new PolicyVersionStore(first).HistoryAsync(RevisedPolicy.PolicyId, CancellationToken.None)).Versions.Select(v => v.Number));
    }
}

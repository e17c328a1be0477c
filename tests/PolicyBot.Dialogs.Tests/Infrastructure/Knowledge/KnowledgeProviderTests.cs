using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Knowledge;

public sealed class KnowledgeProviderTests : IDisposable
{
    private readonly string _folder = KnowledgeFolder.Copy();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task GetAsyncAndReloadAsync_DocumentsNamingAnUnnamedOrganisation_LogTheHintAsAWarningEachLoad()
    {
        // Three documents added with no examples written and no organisation named, as an admin would add them.
        foreach (var topic in (string[])["Leave", "Expenses", "Equipment"])
        {
            await File.WriteAllTextAsync(
                Path.Combine(_folder, "policies", $"zorbly-{topic.ToLowerInvariant()}.md"),
                $"# {topic}\n\nEveryone at Zorbly follows this {topic.ToLowerInvariant()} policy. Ask your manager at Zorbly if unsure.\n");
        }

        var logger = new Mock<ILogger<KnowledgeProvider>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        using var provider = new KnowledgeProvider(
            Options.Create(new KnowledgeSettings { Folder = _folder, SemanticModel = string.Empty, WatchForChanges = false }),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero)),
            logger.Object);

        await provider.GetAsync(CancellationToken.None);
        await provider.ReloadAsync(CancellationToken.None);

        logger.Verify(
            l => l.Log(
                LogLevel.Warning,
                It.IsAny<EventId>(),
                It.Is<It.IsAnyType>((state, _) => state.ToString()!.StartsWith("Knowledge folder: No organisation is named for 3 documents, and 3 of them name \"Zorbly\"", StringComparison.Ordinal)),
                It.IsAny<Exception?>(),
                It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Exactly(2));
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Knowledge;

namespace PolicyBot.TestHost;

/// <summary>
/// The shipped knowledge folder, loaded and indexed once per test run and handed to every host that does not
/// change the knowledge settings: loading it was most of what starting a host cost. The knowledge base is
/// read-only and answers concurrent turns in production too, so tests sharing it do not interfere.
/// </summary>
public static class SharedKnowledge
{
    private static readonly Lazy<KnowledgeProvider> Shared = new(() => new KnowledgeProvider(Options.Create(new KnowledgeSettings()), TimeProvider.System, NullLogger<KnowledgeProvider>.Instance));

    public static KnowledgeProvider Provider => Shared.Value;
}
